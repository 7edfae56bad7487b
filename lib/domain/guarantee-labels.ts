// Japanese names of guarantee-related enums, as the screens and certificates show them.
import type { CertificateForm, CertificateVersionKind, ChangeType, GuaranteeKind, GuaranteeStatus } from "./enums";

/** 商品名 */
export const PRODUCT_NAME: Record<GuaranteeKind, string> = {
  ADVANCE: "前払金保証",
  INTERMEDIATE: "中間前払金保証",
  CONTRACT: "契約保証",
  BID_BOND_RESERVATION: "契約保証予約",
};

/** The guarantee statement above 「記」 on the certificate, per kind of guarantee. */
export const CERTIFICATE_STATEMENT: Record<GuaranteeKind, string> = {
  ADVANCE: "当社は、下記の請負契約者が下記の工事に関して受領する前払金について、前払金保証約款に基づき、その返還債務を保証します。",
  INTERMEDIATE: "当社は、下記の請負契約者が下記の工事に関して受領する中間前払金について、前払金保証約款に基づき、その返還債務を保証します。",
  CONTRACT: "当社は、下記の請負契約者が下記の工事の請負契約に基づいて負担する債務の履行について、契約保証約款に基づき保証します。",
  BID_BOND_RESERVATION: "当社は、下記の入札者が下記の工事を落札し請負契約を締結するときは、下記の契約保証金額の契約保証を速やかに引き受けることを予約します。",
};

/** 保証種類 in lists (保証契約一覧: 前払, 契約 …) */
export const KIND_SHORT: Record<GuaranteeKind, string> = { ADVANCE: "前払", INTERMEDIATE: "中間", CONTRACT: "契約", BID_BOND_RESERVATION: "予約" };

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

/** Where the company's administrators (本店の管理者) sit: the header names them with it. */
export const HEAD_OFFICE_NAME = "本店";
