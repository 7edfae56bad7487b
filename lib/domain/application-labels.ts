// The 保証申込 form's vocabulary: each field with its label exactly as the screen (and
// docs/DOMAIN.md) prints it, and the Japanese names of its choices. The labels are the controls'
// accessible names, the words of the messages, the rows of 申込確認 and
// the 項目 of the audit history. One map per enum: every screen reads these.
import type { FeePaymentMethod, OrderType, ReceiveMethod } from "./enums";

export const APPLICATION_LABELS = {
  // 請負工事の情報
  orderingBodyId: "発注者名",
  projectName: "工事名",
  projectLocation: "工事場所",
  contractAmount: "請負金額",
  periodFrom: "着工日",
  periodTo: "完成日",
  contractDate: "契約日",
  jvName: "JV名",
  // 前払金保証
  advanceRequested: "前払金保証を申し込む",
  advanceForm: "保証証書の形式について",
  advanceFiscalYearAmount: "今年度対象額",
  advanceAmount: "前払金保証金額",
  depositBank: "預託金融機関(全角)",
  redeposit: "再預託利用区分",
  advanceFeePaymentMethod: "前払金保証料支払方法",
  advanceFeeBillTo: "前払金保証料請求先",
  advanceFeeStatementWanted: "保証料計算書(紙)について",
  intermediateAdvance: "当該工事の中間前払金の有無",
  intermediateAdvancePlanned: "中間前払金の請求予定",
  // 契約保証
  contractGuaranteeRequested: "契約保証を申し込む",
  contractForm: "保証証書の形式について",
  contractGuaranteeAmount: "契約保証金額",
  contractFeePaymentMethod: "契約保証料支払方法",
  contractFeeBillTo: "契約保証料請求先",
  contractFeeStatementWanted: "保証料計算書(紙)について",
  // 入札の状況
  orderType: "受注区分",
  awardDate: "落札日",
  bidRounds: "入札回数",
  bidderCount: "入札参加者数",
  disqualifiedCount: "失格者数",
  secondBidder: "二番札入札者",
  secondBidAmountThousand: "二番札入札金額",
  highestBidder: "最高札入札者",
  highestBidAmountThousand: "最高札入札金額",
  // インフォメーション
  branchId: "申込送信先",
  receiveMethod: "受取方法",
  receiveDesiredDate: "受取希望日",
  visitDate: "来店予定日",
  visitHour: "来店予定時刻",
  completionMailWanted: "電子保証発行完了のお知らせ",
  notificationEmail: "メールアドレス",
  shipToName: "宛名",
  shipToPostalCode: "〒",
  shipToAddress: "住所",
  contactDepartment: "担当部署",
  contactTitle: "役職",
  contactName: "担当者名",
  contactPhone: "連絡先電話番号",
  customerMessage: "お客様から弊社への連絡事項",
} as const;

export type ApplicationField = keyof typeof APPLICATION_LABELS;

/** Where a message about a field says which guarantee it belongs to (two fields share a label). */
export function fieldLabelInContext(field: ApplicationField): string {
  if (field === "advanceForm" || field === "advanceFeeStatementWanted") return `前払金保証の${APPLICATION_LABELS[field]}`;
  if (field === "contractForm" || field === "contractFeeStatementWanted") return `契約保証の${APPLICATION_LABELS[field]}`;
  return APPLICATION_LABELS[field];
}

// Options of the choice fields, as printed on the screen. 保証証書の形式 is CERTIFICATE_FORM_LABEL in
// ./guarantee-labels (the certificate uses it too).
export const ORDER_TYPE_LABEL = {
  GENERAL_COMPETITIVE: "一般競争入札",
  DESIGNATED_COMPETITIVE: "指名競争入札",
  NEGOTIATED: "随意契約",
  OTHER: "その他(見積もりあわせ等)",
} as const satisfies Record<OrderType, string>;

export const RECEIVE_METHOD_LABEL = { MAIL: "送付", COUNTER: "当社窓口" } as const satisfies Record<ReceiveMethod, string>;

export const FEE_PAYMENT_METHOD_LABEL = { LUMP_SUM: "一括納付", INSTALLMENT: "分割納付" } as const satisfies Record<FeePaymentMethod, string>;

// The yes/no questions of the form: the radio values are YES / NO, the database keeps a boolean.
export const REDEPOSIT_LABEL = { NO: "再預託を利用しない", YES: "再預託を利用する" } as const;
export const WANTED_LABEL = { YES: "希望する", NO: "希望しない" } as const;
export const INTERMEDIATE_ADVANCE_LABEL = { YES: "中間前払金あり", NO: "中間前払金なし" } as const;
export const INTERMEDIATE_PLANNED_LABEL = { YES: "予定している", NO: "予定していない" } as const;
export type YesNoLabels = { YES: string; NO: string };

/** A stored yes/no answer in the words of its question; "" when not answered. */
export const yesNoLabel = (value: boolean | null | undefined, labels: YesNoLabels) =>
  value === null || value === undefined ? "" : value ? labels.YES : labels.NO;

/** 来店予定: the counter's opening hours (時ごろ). */
export const VISIT_HOURS = [9, 10, 11, 12, 13, 14, 15, 16] as const;

/** The fields of each of the form's four sections, for its 「…をクリア」 button. */
export const APPLICATION_SECTIONS = {
  contract: {
    title: "請負工事の情報",
    fields: ["orderingBodyId", "projectName", "projectLocation", "contractAmount", "periodFrom", "periodTo", "contractDate", "jvName"],
  },
  guarantee: {
    title: "保証の申込内容",
    fields: [
      "advanceRequested", "advanceForm", "advanceFiscalYearAmount", "advanceAmount", "depositBank", "redeposit",
      "advanceFeePaymentMethod", "advanceFeeBillTo", "advanceFeeStatementWanted", "intermediateAdvance", "intermediateAdvancePlanned",
      "contractGuaranteeRequested", "contractForm", "contractGuaranteeAmount", "contractFeePaymentMethod", "contractFeeBillTo", "contractFeeStatementWanted",
    ],
  },
  bidding: {
    title: "入札の状況",
    fields: ["orderType", "awardDate", "bidRounds", "bidderCount", "disqualifiedCount", "secondBidder", "secondBidAmountThousand", "highestBidder", "highestBidAmountThousand"],
  },
  information: {
    title: "インフォメーション",
    fields: [
      "branchId", "receiveMethod", "receiveDesiredDate", "visitDate", "visitHour", "completionMailWanted", "notificationEmail",
      "shipToName", "shipToPostalCode", "shipToAddress", "contactDepartment", "contactTitle", "contactName", "contactPhone", "customerMessage",
    ],
  },
} as const satisfies Record<string, { title: string; fields: readonly ApplicationField[] }>;

export type ApplicationSectionKey = keyof typeof APPLICATION_SECTIONS;
