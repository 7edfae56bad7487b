// The history (履歴) of one record, from its audit entries: when, who, what, from where.
import { auditActionLabel, describeAuditValue } from "@/lib/domain/audit-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";

type Entry = { id: bigint; at: Date; action: string; ipAddress: string | null; before: unknown; after: unknown; actor: { name: string } | null };

export function AuditHistory({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="muted">履歴はまだありません。</p>;
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">日時</th>
            <th scope="col">処理</th>
            <th scope="col">担当者</th>
            <th scope="col">IPアドレス</th>
            <th scope="col">変更前</th>
            <th scope="col">変更後</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={String(e.id)}>
              <td className="nowrap">{formatDateTimeJst(e.at)}</td>
              <td className="nowrap">{auditActionLabel(e.action)}</td>
              <td>{e.actor?.name ?? "システム"}</td>
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
