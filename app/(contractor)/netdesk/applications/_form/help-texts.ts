// The 「?」 help of each field: what it means and how to fill it in.
import type { ApplicationField } from "@/lib/domain/application-labels";

export const HELP_TEXTS: Partial<Record<ApplicationField, string>> = {
  orderingBodyId: "工事を発注した官公庁等です。入力すると登録済みの発注者が候補に表示されますので、一覧から選択してください。",
  contractAmount: "請負契約書に記載の請負代金額（消費税込み）を円単位で入力します。「20,000,000」「２００００００」のどちらでも入力できます。",
  periodFrom: "請負契約書の工期の始まり（着工日）です。「20221031」または「2022/10/31」の形式で入力します。",
  advanceForm: "「電子保証(認証キーを含む)」は、発注者が電子保証に対応している場合のみ選択できます。紙の保証証書が必要な場合は「証書(紙)」を選択してください。",
  advanceFiscalYearAmount: "複数年度にわたる工事で、今年度の出来高予定額または支払限度額が決まっている場合に入力します。入力すると、前払金保証金額の割合はこの金額に対して計算されます。",
  advanceAmount: "発注者から受け取る前払金の額です。発注者ごとに定められた割合（通常は請負金額の4/10）以内で入力します。",
  depositBank: "前払金を預け入れる預託金融機関と支店を全角で入力します（例: 〇〇銀行 ××支店）。半角で入力した英数字・カタカナ・空白は全角に変換されます。",
  redeposit: "預託金融機関から他の金融機関へ前払金を再預託する場合は「再預託を利用する」を選択します。",
  advanceFeePaymentMethod: "前払金保証料のお支払い方法です。",
  advanceFeeBillTo: "前払金保証料の請求先（通常は請負者であるお客様）です。",
  advanceFeeStatementWanted: "紙の保証料計算書が必要な場合は「希望する」を選択します。保証料計算書は手続き完了後、保証料計算書一覧メニューからもご確認いただけます。",
  intermediateAdvance: "中間前払金とは、工事の進み具合に応じて請負金額の2/10以内で追加して受け取れる前払金です。",
  contractForm: "「電子保証(認証キーを含む)」は、発注者が電子保証に対応している場合のみ選択できます。",
  contractGuaranteeAmount: "契約の履行を保証する金額です。発注者ごとに定められた割合（通常は請負金額の1/10）以上、請負金額以下で入力します。",
  contractFeePaymentMethod: "契約保証料のお支払い方法です。",
  contractFeeBillTo: "契約保証料の請求先（通常は請負者であるお客様）です。",
  awardDate: "落札決定日です。「20221031」または「2022/10/31」の形式で入力します。未来の日付は入力できません。",
  secondBidAmountThousand: "二番札の入札金額を千円単位で入力します。",
  branchId: "この申込を担当する弊社の営業部・支店です。",
  receiveMethod: "紙の保証証書の受け取り方法です。「送付」は保証証書送付先へ郵送します。「当社窓口」は来店予定日をご指定ください。",
  notificationEmail: "電子保証発行完了のお知らせなど、この申込に関するメールの送信先です。",
  contactDepartment: "申込内容について弊社からお問い合わせする際のご担当者です。初期値はお客様情報の内容です。",
};

/** The Q&A a field's 「?」 links to: a search for the field's own question where one exists, else every question about 保証申込. */
const QA_QUERY: Partial<Record<ApplicationField, string>> = {
  advanceForm: "電子保証",
  contractForm: "電子保証",
  advanceFeePaymentMethod: "保証料",
  contractFeePaymentMethod: "保証料",
  depositBank: "口座",
  advanceAmount: "前払金",
};

export function qaHrefFor(field: ApplicationField): string {
  const query = QA_QUERY[field];
  return query ? `/netdesk/qa?q=${encodeURIComponent(query)}` : "/netdesk/qa?screen=APPLICATION";
}
