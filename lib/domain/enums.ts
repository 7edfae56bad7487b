// The domain's enumerations, as the database stores them (prisma/schema.prisma declares the same
// values; tests/unit/domain-enums.test.ts fails when the two disagree). lib/domain keeps its own
// copy so that it depends on nothing outside itself; Prisma's types and these are interchangeable.

/** 利用者の種類 */
export const ROLES = ["CONTRACTOR", "SURETY_STAFF", "ORDERING_BODY", "ADMINISTRATOR", "BANK_USER"] as const;
export type Role = (typeof ROLES)[number];

/** 保証の種類: 前払金保証, 中間前払金保証, 契約保証, 契約保証予約（入札ボンド）の予約証書 */
export const GUARANTEE_KINDS = ["ADVANCE", "INTERMEDIATE", "CONTRACT", "BID_BOND_RESERVATION"] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** 保証証書の形式: 証書(紙) or 電子保証 */
export const CERTIFICATE_FORMS = ["PAPER", "ELECTRONIC"] as const;
export type CertificateForm = (typeof CERTIFICATE_FORMS)[number];

/** 手続状況 of an application */
export const APPLICATION_STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "RETURNED", "ISSUED", "WITHDRAWN"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** 状態 of an issued guarantee */
export const GUARANTEE_STATUSES = ["ACTIVE", "CANCELLED"] as const;
export type GuaranteeStatus = (typeof GUARANTEE_STATUSES)[number];

/** 対象 of a certificate version: 新規, 変更, 訂正, 取消 */
export const CERTIFICATE_VERSION_KINDS = ["NEW", "CHANGE", "CORRECTION", "CANCELLATION"] as const;
export type CertificateVersionKind = (typeof CERTIFICATE_VERSION_KINDS)[number];

/** 変更の種類: 増額, 減額, 保証期限変更 */
export const CHANGE_TYPES = ["INCREASE", "DECREASE", "TERM_CHANGE"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** 受注区分 */
export const ORDER_TYPES = ["GENERAL_COMPETITIVE", "DESIGNATED_COMPETITIVE", "NEGOTIATED", "OTHER"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

/** 受取方法 of a paper certificate */
export const RECEIVE_METHODS = ["MAIL", "COUNTER"] as const;
export type ReceiveMethod = (typeof RECEIVE_METHODS)[number];

/** 保証料支払方法 */
export const FEE_PAYMENT_METHODS = ["LUMP_SUM", "INSTALLMENT"] as const;
export type FeePaymentMethod = (typeof FEE_PAYMENT_METHODS)[number];

/** 申請中 / 承認 / 却下 of a change to a company's registered details (会社名・代表者・所在地) */
export const CHANGE_REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** What a 保証料 rate table is for: the three guarantees and the 契約保証予約手数料 (入札ボンド; taxable). */
export const FEE_KINDS = ["ADVANCE", "INTERMEDIATE", "CONTRACT", "BID_BOND_RESERVATION"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** 下書き / 公開済み of a rate table: a published table is never edited, only superseded. */
export const FEE_RATE_TABLE_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type FeeRateTableStatus = (typeof FEE_RATE_TABLE_STATUSES)[number];

/** 入金確認の方法: 振込 / 現金 / 小切手 */
export const FEE_RECEIPT_METHODS = ["TRANSFER", "CASH", "CHEQUE"] as const;
export type FeeReceiptMethod = (typeof FEE_RECEIPT_METHODS)[number];

/** 保証料計算書 (at 発行 and after 訂正), 追加保証料 (増額, 期限延長), 保証料返還計算書 (減額, 期限短縮, 取消) */
export const FEE_STATEMENT_KINDS = ["FEE", "ADDITIONAL", "REFUND"] as const;
export type FeeStatementKind = (typeof FEE_STATEMENT_KINDS)[number];
/** What an application asks for: 保証申込（前払・契約）, 中間前払金保証, 契約保証予約（入札ボンド） */
export const APPLICATION_KINDS = ["GUARANTEE", "INTERMEDIATE", "RESERVATION"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
/** 状態 of a 前払金使途内訳明細書 version: 一時保存, 送信済（審査待ち）, 差戻し, 承認済 */
export const USAGE_PLAN_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
export type UsagePlanStatus = (typeof USAGE_PLAN_STATUSES)[number];

/** 当初 or 使途変更 */
export const USAGE_PLAN_VERSION_KINDS = ["ORIGINAL", "CHANGE"] as const;
export type UsagePlanVersionKind = (typeof USAGE_PLAN_VERSION_KINDS)[number];

/** 工事の種類 of the 明細書 (switches 外注費 / 交通費) */
export const USAGE_WORK_TYPES = ["CONSTRUCTION", "DESIGN", "SURVEY"] as const;
export type UsageWorkType = (typeof USAGE_WORK_TYPES)[number];

/** 払出方法 */
export const PAYOUT_METHODS = ["TRANSFER", "CHECK", "OWN_ACCOUNT"] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/** 支払先の区分 */
export const PAYEE_KINDS = ["SUBCONTRACTOR", "MATERIAL", "DIRECT_LABOR", "GUARANTEE_FEE", "OTHER"] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/** 書類の種類 of 書類送信 */
export const DOCUMENT_KINDS = ["CERTIFICATION", "SUBCONTRACT", "PURCHASE_ORDER", "DELIVERY_NOTE", "INVOICE", "OTHER"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** 受付 of a sent document: 受付待ち, 受付済, 不備あり */
export const DOCUMENT_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** 預託金払出依頼書の行の状態: 依頼中 / 払出済 / 差戻し */
export const PAYOUT_LINE_STATUSES = ["REQUESTED", "PAID", "RETURNED"] as const;
export type PayoutLineStatus = (typeof PAYOUT_LINE_STATUSES)[number];


/** 種類 of a mail in the outbox (EmailOutbox.kind): what the portal sends, and to whom (lib/domain/mail-labels.ts) */
export const MAIL_KINDS = ["COMPLETION", "KEY_SUBMISSION", "AMENDMENT_NOTICE", "INVITATION", "PASSWORD_RESET", "REMINDER_DIGEST", "PAYOUT_NOTICE"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
