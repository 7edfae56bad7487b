// Japanese names of guarantee-related enums, as the screens and certificates show them.
import type { CertificateForm, CertificateVersionKind, ChangeType, GuaranteeKind, GuaranteeStatus } from "@/lib/db/generated/enums";

/** 商品名 */
export const PRODUCT_NAME: Record<GuaranteeKind, string> = {
  ADVANCE: "前払金保証",
  INTERMEDIATE: "中間前払金保証",
  CONTRACT: "契約保証",
};

/** 保証種類 in lists (保証契約一覧: 前払, 契約 …) */
export const KIND_SHORT: Record<GuaranteeKind, string> = { ADVANCE: "前払", INTERMEDIATE: "中間", CONTRACT: "契約" };

export const CERTIFICATE_FORM_LABEL: Record<CertificateForm, string> = {
  PAPER: "証書(紙)",
  ELECTRONIC: "電子保証(認証キーを含む)",
};

/** 対象 of a certificate version */
export const VERSION_KIND_LABEL: Record<CertificateVersionKind, string> = {
  NEW: "新規",
  CHANGE: "変更",
  CORRECTION: "訂正",
  CANCELLATION: "取消",
};

export const CHANGE_TYPE_LABEL: Record<ChangeType, string> = {
  INCREASE: "増額",
  DECREASE: "減額",
  TERM_CHANGE: "保証期限変更",
};

export const GUARANTEE_STATUS_LABEL: Record<GuaranteeStatus, string> = { ACTIVE: "有効", CANCELLED: "取消" };

/** The guarantee company; the certificate names it with the issuing branch (保証会社・支店). */
export const SURETY_COMPANY_NAME = "ネットデスク建設業保証 株式会社";
