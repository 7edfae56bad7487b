import { MAIL_KIND_LABEL } from "@/lib/domain/mail-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import type { MailStatusRow } from "@/lib/server/mail/list-mail-status";

function statusCell(row: MailStatusRow) {
  if (row.status === "SENT") return <span className="status status--issued">送信済み（{formatDateTimeJst(row.sentAt ?? row.createdAt)}）</span>;
  if (row.status === "FAILED") return <span className="status status--cancelled">送信できませんでした</span>;
  return <span className="status status--submitted">{row.attempts > 0 ? `再送待ち（${row.attempts}回失敗）` : "送信待ち"}</span>;
}

/** 送信状況: one row per mail; staff also see why a mail failed. */
export function MailStatusTable({ rows, label, showErrors = false }: { rows: MailStatusRow[]; label: string; showErrors?: boolean }) {
  if (rows.length === 0) return <p className="muted">送信したメールはありません。</p>;
  return (
    <table className="data">
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col">受付日時</th>
          <th scope="col">種類</th>
          <th scope="col">宛先</th>
          <th scope="col">件名</th>
          <th scope="col">状況</th>
          {showErrors && <th scope="col">エラー</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="nowrap">{formatDateTimeJst(row.createdAt)}</td>
            <td>{MAIL_KIND_LABEL[row.kind]}</td>
            <td>{row.toAddress}</td>
            <td>{row.subject}</td>
            <td>{statusCell(row)}</td>
            {showErrors && <td>{row.lastError ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
