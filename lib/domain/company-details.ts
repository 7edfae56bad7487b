// お客様情報: which of a contractor company's details are registered (kept by the guarantee company)
// and which the contractor keeps. 会社名 is printed on every certificate (電子証書, 証書) as the 請負者,
// and 代表者 and 所在地 (〒・住所) identify the same legal person, so the four change only when staff
// approve a contractor's request (申請中 → 承認 / 却下). Telephone, e-mail and the 連絡先 stay the
// contractor's own, changed directly.
import type { ChangeRequestStatus } from "./enums";

export const REGISTERED_DETAIL_FIELDS = ["name", "representativeName", "postalCode", "address"] as const;
export type RegisteredDetailField = (typeof REGISTERED_DETAIL_FIELDS)[number];
export type RegisteredDetails = Record<RegisteredDetailField, string>;

export const REGISTERED_DETAIL_LABEL = {
  name: "会社名",
  representativeName: "代表者",
  postalCode: "郵便番号",
  address: "住所",
} as const satisfies Record<RegisteredDetailField, string>;

export const CHANGE_REQUEST_STATUS_LABEL = {
  PENDING: "申請中",
  APPROVED: "承認",
  REJECTED: "却下",
} as const satisfies Record<ChangeRequestStatus, string>;

/** The registered details of a company row (or of a request's before/after JSON). */
export function registeredDetailsOf(source: Record<string, unknown>): RegisteredDetails {
  return Object.fromEntries(REGISTERED_DETAIL_FIELDS.map((field) => [field, String(source[field] ?? "")])) as RegisteredDetails;
}

/** The fields a request changes, in the order of the form. */
export const changedDetailFields = (before: RegisteredDetails, after: RegisteredDetails): RegisteredDetailField[] =>
  REGISTERED_DETAIL_FIELDS.filter((field) => before[field] !== after[field]);
