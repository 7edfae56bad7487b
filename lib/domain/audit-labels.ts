// Japanese names of the values an audit entry records, for the staff's history tables and audit
// page (the actions' names are in ./audit-actions). The database keeps each entry's before/after as
// complete JSON; this is how a person reads it.
import { APPLICATION_LABELS } from "./application-labels";
import { APPLICATION_STATUS_LABEL } from "./application-status";
import { REGISTERED_DETAIL_LABEL } from "./company-details";
import { CERTIFICATE_FORM_LABEL, CHANGE_TYPE_LABEL, GUARANTEE_STATUS_LABEL } from "./guarantee-labels";
import { FEE_KIND_LABEL, FEE_RATE_TABLE_STATUS_LABEL, FEE_RECEIPT_METHOD_LABEL } from "./fee-labels";
import type { Role } from "./enums";
import { formatDateTimeJst } from "./wareki";
import { formatYen } from "./yen";

const FIELD_LABEL: Record<string, string> = {
  ...APPLICATION_LABELS,
  ...REGISTERED_DETAIL_LABEL, // 代表者, 郵便番号, 住所 (name stays 名称 below: branches and ordering bodies have one too)
  status: "状態",
  kind: "保証種類",
  form: "形式",
  amount: "保証金額",
  termTo: "保証期限",
  versionNo: "版",
  changeType: "変更の種類",
  reason: "理由",
  contractNumber: "保証契約番号",
  authKey: "認証キー",
  guarantees: "保証",
  cancelledAt: "取消日時",
  confirmedAt: "受領確認日時",
  companyMessage: "お客様へのメッセージ",
  to: "宛先",
  subject: "件名",
  name: "名称",
  email: "メールアドレス",
  role: "利用者の種類",
  active: "有効",
  passwordSet: "パスワード設定済み",
  lastSignInAt: "最終ログイン",
  officeCode: "事務所コード",
  prefecture: "都道府県",
  eGuaranteeEnabled: "電子保証対応",
  // 保証料
  receivedOn: "入金日",
  receivedAmount: "入金額",
  method: "入金方法",
  feeAmount: "保証料",
  lumpSumBilling: "一括納付",
  paidOn: "入金日",
  mailedAt: "郵送日時",
  month: "対象月",
  total: "請求額合計",
  effectiveFrom: "適用開始日",
  note: "備考",
  rules: "料率",
};

export const ROLE_LABEL: Record<Role, string> = { CONTRACTOR: "お客様", SURETY_STAFF: "保証会社担当者", ORDERING_BODY: "発注者", ADMINISTRATOR: "本店管理者", BANK_USER: "預託金融機関" };

// Keys only the database needs: left out of the table.
const HIDDEN = new Set(["id", "createdAt", "updatedAt", "outboxId", "companyId", "branchId", "orderingBodyId", "createdById"]);

function describeValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return "（なし）";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (Array.isArray(value)) return value.map((item) => describeValue(key, item)).join("、");
  if (typeof value === "object") return `「${describeFields(value as Record<string, unknown>).join("、")}」`;
  const text = String(value);
  if (key === "status") return (APPLICATION_STATUS_LABEL as Record<string, string>)[text] ?? (GUARANTEE_STATUS_LABEL as Record<string, string>)[text] ?? (FEE_RATE_TABLE_STATUS_LABEL as Record<string, string>)[text] ?? text;
  if (key === "kind") return (FEE_KIND_LABEL as Record<string, string>)[text] ?? text;
  if (key === "method") return (FEE_RECEIPT_METHOD_LABEL as Record<string, string>)[text] ?? text;
  if (key === "form" || key.endsWith("Form")) return (CERTIFICATE_FORM_LABEL as Record<string, string>)[text] ?? text;
  if (key === "changeType") return (CHANGE_TYPE_LABEL as Record<string, string>)[text] ?? text;
  if (key === "role") return (ROLE_LABEL as Record<string, string>)[text] ?? text;
  if ((/amount$/i.test(key) || key === "total") && /^-?\d+$/.test(text)) return formatYen(BigInt(text));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTimeJst(new Date(text));
  return text;
}

function describeFields(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${FIELD_LABEL[key] ?? key}: ${describeValue(key, value)}`);
}

/** before/after in Japanese, one 「項目: 値」 per line, for tables. */
export function describeAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" && !Array.isArray(value) ? describeFields(value as Record<string, unknown>).join("\n") : describeValue("", value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
