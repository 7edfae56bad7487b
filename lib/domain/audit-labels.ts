// Japanese names of audit actions and of the values they record, for the staff's history tables
// and audit page. The database keeps each entry's before/after as complete JSON; this is how a
// person reads it.
import { APPLICATION_LABELS } from "@/lib/schemas/application-labels";
import { APPLICATION_STATUS_LABEL } from "./application-status";
import { CERTIFICATE_FORM_LABEL, CHANGE_TYPE_LABEL, GUARANTEE_STATUS_LABEL, PRODUCT_NAME } from "./guarantee-labels";
import { formatDateTimeJst } from "./wareki";
import { formatYen } from "./yen";

export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "application.save-draft": "一時保存",
  "application.copy": "申込のコピー",
  "application.submit": "申込送信",
  "application.accept": "受付",
  "application.review": "審査開始",
  "application.return": "差戻し",
  "application.issue": "発行",
  "application.withdraw": "取下げ",
  "guarantee.issue": "保証の発行",
  "guarantee.amend": "変更",
  "guarantee.correct": "訂正",
  "guarantee.cancel-change": "変更の取消",
  "guarantee.cancel": "保証の取消",
  "guarantee.submit-key": "発注者への認証キー送信",
  "guarantee.confirm-receipt": "発注者の受領確認",
  "contractor-company.create": "お客様の登録",
  "contractor-company.update": "お客様情報の変更",
  "branch.create": "支店の登録",
  "branch.update": "支店の変更",
  "ordering-body.create": "発注者の登録",
  "ordering-body.update": "発注者の変更",
  "user.invite": "利用者の招待",
  "user.accept-invitation": "招待の受諾",
  "user.deactivate": "利用者の無効化",
  "user.password-change": "パスワード変更",
  "user.password-reset": "パスワード再設定",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;

const FIELD_LABEL: Record<string, string> = {
  ...APPLICATION_LABELS,
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
};

const ROLE_LABEL: Record<string, string> = { CONTRACTOR: "お客様", SURETY_STAFF: "保証会社担当者", ORDERING_BODY: "発注者" };

// Keys only the database needs: left out of the table.
const HIDDEN = new Set(["id", "createdAt", "updatedAt", "outboxId", "companyId", "branchId", "orderingBodyId", "createdById"]);

function describeValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return "（なし）";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (Array.isArray(value)) return value.map((item) => describeValue(key, item)).join("、");
  if (typeof value === "object") return `「${describeFields(value as Record<string, unknown>).join("、")}」`;
  const text = String(value);
  if (key === "status") return (APPLICATION_STATUS_LABEL as Record<string, string>)[text] ?? (GUARANTEE_STATUS_LABEL as Record<string, string>)[text] ?? text;
  if (key === "kind") return (PRODUCT_NAME as Record<string, string>)[text] ?? text;
  if (key === "form" || key.endsWith("Form")) return (CERTIFICATE_FORM_LABEL as Record<string, string>)[text] ?? text;
  if (key === "changeType") return (CHANGE_TYPE_LABEL as Record<string, string>)[text] ?? text;
  if (key === "role") return ROLE_LABEL[text] ?? text;
  if (/amount$/i.test(key) && /^\d+$/.test(text)) return formatYen(BigInt(text));
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
