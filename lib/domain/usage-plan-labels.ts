// Japanese names of the 前払金使途内訳明細書 and 書類送信 enums, as the screens and PDFs show them.
import type { DocumentKind, DocumentStatus, PayeeKind, PayoutMethod, UsagePlanStatus, UsagePlanVersionKind, UsageWorkType } from "./enums";

/** 状態 of a 明細書 version */
export const USAGE_PLAN_STATUS_LABEL: Record<UsagePlanStatus, string> = {
  DRAFT: "一時保存",
  SUBMITTED: "送信済（審査待ち）",
  RETURNED: "差戻し",
  APPROVED: "承認済",
};

/** 当初 / 使途変更 */
export const USAGE_PLAN_VERSION_KIND_LABEL: Record<UsagePlanVersionKind, string> = { ORIGINAL: "当初", CHANGE: "使途変更" };

export const USAGE_WORK_TYPE_LABEL: Record<UsageWorkType, string> = {
  CONSTRUCTION: "土木・建築工事",
  DESIGN: "設計・調査",
  SURVEY: "測量",
};

export const PAYOUT_METHOD_LABEL: Record<PayoutMethod, string> = {
  TRANSFER: "振込",
  CHECK: "小切手",
  OWN_ACCOUNT: "立替払済のため自社口座に振替",
};

export const PAYEE_KIND_LABEL: Record<PayeeKind, string> = {
  SUBCONTRACTOR: "下請",
  MATERIAL: "材料",
  DIRECT_LABOR: "直用労務",
  GUARANTEE_FEE: "保証料",
  OTHER: "その他",
};

/** The evidence (書類送信) a payee of each kind needs before a 払出. */
export const PAYEE_EVIDENCE: Record<PayeeKind, string> = {
  SUBCONTRACTOR: "施工体系図、下請契約書または注文請書",
  MATERIAL: "注文請書、納品書、請求書または見積書",
  DIRECT_LABOR: "不要",
  GUARANTEE_FEE: "不要",
  OTHER: "保証会社にご相談ください",
};

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  CERTIFICATION: "認定調書",
  SUBCONTRACT: "下請契約書",
  PURCHASE_ORDER: "注文請書",
  DELIVERY_NOTE: "納品書",
  INVOICE: "請求書",
  OTHER: "その他",
};

export const DOCUMENT_STATUS_LABEL: Record<DocumentStatus, string> = { PENDING: "受付待ち", ACCEPTED: "受付済", REJECTED: "不備あり" };

/** 支払先 as the 明細書 prints it: the name, 未定, or 「-」 for the 現場管理費等 item. */
export const UNSETTLED_PAYEE = "未定";
export const NO_PAYEE = "-";
