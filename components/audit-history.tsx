// Audit entries as a table: when, who, what, (on what,) from where, before and after. Used for the
// history (履歴) of one application or guarantee, and for the branch's whole 監査ログ with a 対象 column.
import type { ReactNode } from "react";
import { auditActionLabel } from "@/lib/domain/audit-actions";
import { describeAuditValue } from "@/lib/domain/audit-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import type { AuditRow } from "@/lib/server/audit/entity-history";

type Props<E extends AuditRow> = {
  entries: E[];
  label: string;
  empty: string;
  target?: (entry: E) => ReactNode; // the 対象 column, when entries concern several records
};

export function AuditHistory<E extends AuditRow>({ entries, label, empty, target }: Props<E>) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-scroll">
      <table className="data" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">日時</th>
            <th scope="col">担当者</th>
            <th scope="col">処理</th>
            {target && <th scope="col">対象</th>}
            <th scope="col">IPアドレス</th>
            <th scope="col">変更前</th>
            <th scope="col">変更後</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={String(e.id)}>
              <td className="nowrap">{formatDateTimeJst(e.at)}</td>
              <td>{e.actorName ?? "システム"}</td>
              <td className="nowrap">{auditActionLabel(e.action)}</td>
              {target && <td className="nowrap">{target(e)}</td>}
              <td className="nowrap">{e.ipAddress ?? ""}</td>
              <td className="json">{describeAuditValue(e.before)}</td>
              <td className="json">{describeAuditValue(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
