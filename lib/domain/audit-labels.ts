// Japanese names of audit actions, for the staff's history tables and audit page.
export const AUDIT_ACTION_LABEL: Record<string, string> = {
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
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;

/** before/after as one short line, for tables (the JSON stays complete in the database). */
export function describeAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
