// The flyer's application (佐久市's flyer, docs/DOMAIN.md 「The flyers」): 請負金額 50,000,000; 前払金保証 20,000,000 電子保証;
// 契約保証 5,000,000 電子保証; 〇〇銀行 ××支店; 一般競争入札; 落札日 20221031; 長野支店.
import { EMPTY_APPLICATION_FORM, type TApplicationFormValues } from "@/lib/schemas/application";

export function flyerApplication(ids: { orderingBodyId: string; branchId: string }): TApplicationFormValues {
  return {
    ...EMPTY_APPLICATION_FORM,
    orderingBodyId: ids.orderingBodyId,
    projectName: "令和4年度 県単河川維持工事",
    projectLocation: "長野県佐久市中込 地内",
    contractAmount: "50,000,000",
    periodFrom: "20221101",
    periodTo: "20230331",
    contractDate: "20221101",
    advanceRequested: true,
    advanceForm: "ELECTRONIC",
    advanceAmount: "20,000,000",
    depositBank: "〇〇銀行　××支店",
    redeposit: "NO",
    advanceFeePaymentMethod: "LUMP_SUM",
    advanceFeeBillTo: "〇〇建設 株式会社",
    advanceFeeStatementWanted: "NO",
    intermediateAdvance: "YES",
    intermediateAdvancePlanned: "YES",
    contractGuaranteeRequested: true,
    contractForm: "ELECTRONIC",
    contractGuaranteeAmount: "5,000,000",
    contractFeePaymentMethod: "LUMP_SUM",
    contractFeeBillTo: "〇〇建設 株式会社",
    contractFeeStatementWanted: "NO",
    orderType: "GENERAL_COMPETITIVE",
    awardDate: "20221031",
    branchId: ids.branchId,
    receiveMethod: "MAIL",
    completionMailWanted: "YES",
    notificationEmail: "soumu@marumaru-kensetsu.example.jp",
    shipToName: "〇〇建設 株式会社",
    shipToPostalCode: "380-8537",
    shipToAddress: "長野県 長野市 南石堂町 1230-6",
  };
}

/** The 中間前払金 form as typed for the flyer's contract (前払金 20,000,000円, 工期 2022/11/01〜2023/03/17). */
export function flyerIntermediateForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    intermediateAmount: "10,000,000",
    certificationDate: "2023/01/20",
    certificationNumber: "認定第123号",
    depositBank: "〇〇銀行　××支店",
    intermediateForm: "ELECTRONIC",
    intermediateFeePaymentMethod: "LUMP_SUM",
    intermediateFeeBillTo: "〇〇建設 株式会社",
    intermediateFeeStatementWanted: "NO",
    completionMailWanted: "YES",
    notificationEmail: "soumu@marumaru-kensetsu.example.jp",
    contactDepartment: "総務部",
    contactTitle: "課長",
    contactName: "佐藤 花子",
    contactPhone: "026-000-1112",
    customerMessage: "",
    ...overrides,
  };
}
