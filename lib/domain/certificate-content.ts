// What a certificate version (電子証書) states, frozen at the moment it is issued. Later edits to the
// application, the company or the branch never change an issued certificate: the contractor's view,
// the key-notice PDF and the ordering body's verification all render from this snapshot, and the
// signature (lib/crypto/certificate-signature.ts) covers exactly this JSON.
// Plain JSON only (RFC 8785 canonical form is signed): amounts are decimal strings of whole yen,
// dates are ISO strings (YYYY-MM-DD for dates, full ISO 8601 for 電子保証発行日時).
import type { CertificateForm, CertificateVersionKind, ChangeType, GuaranteeKind, GuaranteeStatus } from "./enums";
import { formatDateTimeJst, formatWareki } from "./wareki";
import { formatYen } from "./yen";
import { CERTIFICATE_FORM_LABEL, CHANGE_TYPE_LABEL, GUARANTEE_STATUS_LABEL, PRODUCT_NAME, VERSION_KIND_LABEL } from "./guarantee-labels";
import { RESERVATION_WORDS } from "./bond-labels";

// 署名形式: 2 chains the versions (each names the hash of the version before it and the versions hidden
// from the history, beside its number and the guarantee's status: lib/crypto/certificate-chain.ts).
// 1 is what versions signed before issue 14 carry; they still verify, under the rule of their time.
export const CERTIFICATE_CONTENT_FORMAT = 2;
export type CertificateContentFormat = 1 | typeof CERTIFICATE_CONTENT_FORMAT;

export type CertificateContent = {
  format: CertificateContentFormat;
  contractNumber: string; // 保証契約番号
  guaranteeKind: GuaranteeKind;
  productName: string; // 商品名: 前払金保証 / 契約保証 / 中間前払金保証
  certificateForm: CertificateForm; // 保証証書の形式
  contractor: string; // 請負契約者
  jvName: string | null; // JV名
  orderingBody: string; // 発注者名
  projectName: string; // 工事名
  projectLocation: string | null; // 工事場所
  periodFrom: string; // 工期 着工日 YYYY-MM-DD
  periodTo: string; // 工期 完成日
  contractAmount: string; // 請負金額 (円, decimal string)
  guaranteeAmount: string; // 保証金額 (円)
  termFrom: string; // 保証期間 開始
  termTo: string; // 保証期間 終了 (保証期限)
  depositBank: string | null; // 預託金融機関 (前払金保証 only)
  suretyCompany: string; // 保証会社
  suretyBranch: string; // 支店
  issuedAt: string; // 電子保証発行日時 (ISO 8601, UTC)
  versionNo: number;
  versionKind: CertificateVersionKind; // 対象: 新規 / 変更 / 訂正 / 取消
  changeType: ChangeType | null; // 増額 / 減額 / 保証期限変更
  status: GuaranteeStatus; // 有効 / 取消 (the guarantee's status once this version is issued)
  // 中間前払金保証: the 保証契約番号 of the 前払金保証 it follows (absent on other kinds and older versions).
  parentContractNumber?: string | null;
  // 契約保証予約: 入札公告番号 and 入札日 (YYYY-MM-DD). Its 予約番号 is contractNumber, the 入札予定金額
  // contractAmount, the reserved 契約保証金額 guaranteeAmount, and termTo the 有効期限.
  bidNoticeNumber?: string | null;
  bidDate?: string | null;
  // Format 2 (set by createCertificateVersion): "sha256:<base64url>" of the previous version's signed
  // payload (null for version 1), and the numbers of the versions hidden from the history as of this one.
  previousVersionHash?: string | null;
  hiddenVersionNos?: number[];
};

/** Labels in the order a certificate shows them. */
export const CERTIFICATE_FIELD_LABELS = {
  contractNumber: "保証契約番号",
  productName: "商品名",
  contractor: "請負契約者",
  jvName: "JV名",
  orderingBody: "発注者名",
  projectName: "工事名",
  projectLocation: "工事場所",
  period: "工期",
  contractAmount: "請負金額",
  guaranteeAmount: "保証金額",
  term: "保証期間",
  depositBank: "預託金融機関",
  surety: "保証会社・支店",
  issuedAt: "電子保証発行日時",
  versionKind: "対象",
  certificateForm: "保証証書の形式",
  status: "状態",
  parentContractNumber: `${PRODUCT_NAME.ADVANCE}の保証契約番号`,
} as const;

/** Date-only values as stored in the snapshot. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The 予約証書's rows: 予約番号, the bid and the reserved amount, valid until. */
function reservationRows(content: CertificateContent, kind: string): { label: string; value: string }[] {
  const L = CERTIFICATE_FIELD_LABELS;
  const W = RESERVATION_WORDS;
  return [
    { label: W.number, value: content.contractNumber },
    { label: L.productName, value: content.productName },
    { label: W.bidder, value: content.contractor },
    { label: L.orderingBody, value: content.orderingBody },
    { label: L.projectName, value: content.projectName },
    { label: L.projectLocation, value: content.projectLocation ?? "" },
    { label: W.bidNoticeNumber, value: content.bidNoticeNumber ?? "" },
    { label: W.bidDate, value: content.bidDate ? formatWareki(dateOf(content.bidDate)) : "" },
    { label: W.bidAmount, value: formatYen(BigInt(content.contractAmount)) },
    { label: W.amount, value: formatYen(BigInt(content.guaranteeAmount)) },
    { label: W.validUntil, value: formatWareki(dateOf(content.termTo)) },
    { label: L.surety, value: `${content.suretyCompany} ${content.suretyBranch}` },
    { label: L.issuedAt, value: formatDateTimeJst(new Date(content.issuedAt)) },
    { label: L.versionKind, value: kind },
    { label: L.status, value: GUARANTEE_STATUS_LABEL[content.status] },
  ];
}

/** The certificate as label/value rows, formatted for people (円 with separators, 和暦, JST). */
export function certificateRows(content: CertificateContent): { label: string; value: string }[] {
  const L = CERTIFICATE_FIELD_LABELS;
  const kind = VERSION_KIND_LABEL[content.versionKind] + (content.changeType ? `（${CHANGE_TYPE_LABEL[content.changeType]}）` : "");
  if (content.guaranteeKind === "BID_BOND_RESERVATION") return reservationRows(content, kind);
  return [
    { label: L.contractNumber, value: content.contractNumber },
    { label: L.productName, value: content.productName },
    ...(content.parentContractNumber ? [{ label: L.parentContractNumber, value: content.parentContractNumber }] : []),
    { label: L.contractor, value: content.contractor },
    { label: L.jvName, value: content.jvName ?? "" },
    { label: L.orderingBody, value: content.orderingBody },
    { label: L.projectName, value: content.projectName },
    { label: L.projectLocation, value: content.projectLocation ?? "" },
    { label: L.period, value: `${formatWareki(dateOf(content.periodFrom))} 〜 ${formatWareki(dateOf(content.periodTo))}` },
    { label: L.contractAmount, value: formatYen(BigInt(content.contractAmount)) },
    { label: L.guaranteeAmount, value: formatYen(BigInt(content.guaranteeAmount)) },
    { label: L.term, value: `${formatWareki(dateOf(content.termFrom))} 〜 ${formatWareki(dateOf(content.termTo))}` },
    ...(content.depositBank !== null ? [{ label: L.depositBank, value: content.depositBank }] : []),
    { label: L.surety, value: `${content.suretyCompany} ${content.suretyBranch}` },
    { label: L.issuedAt, value: formatDateTimeJst(new Date(content.issuedAt)) },
    { label: L.versionKind, value: kind },
    { label: L.certificateForm, value: CERTIFICATE_FORM_LABEL[content.certificateForm] },
    { label: L.status, value: GUARANTEE_STATUS_LABEL[content.status] },
  ];
}

/** The next version's content: the current one with what changed, and its own number and time. */
export function nextCertificateContent(
  current: CertificateContent,
  changes: Partial<Pick<CertificateContent, "guaranteeAmount" | "termFrom" | "termTo" | "projectName" | "projectLocation" | "jvName" | "depositBank" | "status">> & {
    versionNo: number;
    versionKind: CertificateVersionKind;
    changeType?: ChangeType | null;
    issuedAt: Date;
  },
): CertificateContent {
  const { issuedAt, changeType, ...rest } = changes;
  return { ...current, ...rest, changeType: changeType ?? null, issuedAt: issuedAt.toISOString() };
}

/** Reads a stored snapshot back (Prisma returns JSONB as unknown JSON). */
export function asCertificateContent(value: unknown): CertificateContent {
  const content = value as CertificateContent;
  if (!content || (content.format !== 1 && content.format !== CERTIFICATE_CONTENT_FORMAT) || typeof content.contractNumber !== "string") {
    throw new Error("asCertificateContent: not a certificate snapshot");
  }
  return content;
}
