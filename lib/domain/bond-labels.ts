// The vocabulary of the 中間前払金保証 and 契約保証予約（入札ボンド）forms: each field's label as the screen
// prints it (the shared ones — 預託金融機関, メールアドレス, 連絡先 — are APPLICATION_LABELS), and what an
// application asks for (申込の種類).
import { APPLICATION_LABELS } from "./application-labels";
import type { ApplicationKind } from "./enums";
import { KIND_SHORT } from "./guarantee-labels";

export const APPLICATION_KIND_LABEL: Record<ApplicationKind, string> = {
  GUARANTEE: "保証申込",
  INTERMEDIATE: "中間前払金保証",
  RESERVATION: "契約保証予約（入札ボンド）",
};

/** メールアドレス, 連絡先 and 連絡事項: asked by every application form, worded as on 保証申込. */
const CONTACT_LABELS = {
  notificationEmail: APPLICATION_LABELS.notificationEmail,
  contactDepartment: APPLICATION_LABELS.contactDepartment,
  contactTitle: APPLICATION_LABELS.contactTitle,
  contactName: APPLICATION_LABELS.contactName,
  contactPhone: APPLICATION_LABELS.contactPhone,
  customerMessage: APPLICATION_LABELS.customerMessage,
} as const;

export const INTERMEDIATE_LABELS = {
  intermediateAmount: "中間前払金額",
  certificationDate: "認定日",
  certificationNumber: "認定調書の番号",
  depositBank: "預託金融機関(全角)",
  intermediateForm: "保証証書の形式について",
  intermediateFeePaymentMethod: "中間前払金保証料支払方法",
  intermediateFeeBillTo: "中間前払金保証料請求先",
  intermediateFeeStatementWanted: "保証料計算書(紙)について",
  completionMailWanted: "電子保証発行完了のお知らせ",
  ...CONTACT_LABELS,
} as const;
export type IntermediateField = keyof typeof INTERMEDIATE_LABELS;

export const RESERVATION_LABELS = {
  orderingBodyId: "発注者名",
  projectName: "工事名",
  projectLocation: "工事場所",
  bidNoticeNumber: "入札公告番号（案件番号）",
  bidDate: "入札日（開札日）",
  bidAmount: "入札予定金額（予定価格）",
  reservedAmount: "契約保証金額",
  branchId: "申込送信先",
  ...CONTACT_LABELS,
} as const;
export type ReservationField = keyof typeof RESERVATION_LABELS;

/** The reservation's words on certificates and lists. */
export const RESERVATION_WORDS = {
  number: "予約番号",
  certificate: "契約保証予約証書",
  bidAmount: "入札予定金額",
  amount: "契約保証金額",
  bidDate: "入札日",
  validUntil: "有効期限",
  bidNoticeNumber: "入札公告番号",
  bidder: "入札者",
} as const;

/** 保証種類 of an application in the lists (申込一覧): 前払・契約, 中間, 予約. */
export function requestedKindsLabel(row: { kind: ApplicationKind; advanceRequested: boolean; contractGuaranteeRequested: boolean }): string {
  if (row.kind === "INTERMEDIATE") return KIND_SHORT.INTERMEDIATE;
  if (row.kind === "RESERVATION") return KIND_SHORT.BID_BOND_RESERVATION;
  return [row.advanceRequested && KIND_SHORT.ADVANCE, row.contractGuaranteeRequested && KIND_SHORT.CONTRACT].filter(Boolean).join("・") || "—";
}
