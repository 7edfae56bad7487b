// A list of sent documents (「送信した書類」 for the contractor, the branch's list for staff): when, what,
// the file (its download link), what it is attached to, the note and the 受付 status. `company` and
// `statusForm` add the staff's columns.
import type { ReactNode } from "react";
import { DocumentStatusBadge } from "@/components/status-badge";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import type { DocumentRow } from "@/lib/server/documents/document-rows";

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024)).toLocaleString("ja-JP")} KB`;

export function DocumentTable<R extends DocumentRow>(props: { rows: R[]; caption: string; fileHref: (id: string) => string; company?: (row: R) => string; statusForm?: (row: R) => ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">送信日時</th>
            {props.company && <th scope="col">請負者</th>}
            <th scope="col">書類の種類</th>
            <th scope="col">ファイル</th>
            <th scope="col">添付先</th>
            <th scope="col">備考</th>
            <th scope="col">受付</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((d) => (
            <tr key={d.id}>
              <td className="nowrap">{formatDateTimeJst(d.uploadedAt)}</td>
              {props.company && <td>{props.company(d)}</td>}
              <td>{DOCUMENT_KIND_LABEL[d.kind]}</td>
              <td>
                <a href={props.fileHref(d.id)} download>
                  {d.fileName}
                </a>{" "}
                <small className="muted">（{kb(d.size)}）</small>
                {props.statusForm && <small className="usage-lines__detail">SHA-256: {d.sha256.slice(0, 16)}…</small>}
              </td>
              <td>{d.target}</td>
              <td>{d.note ?? ""}</td>
              <td>
                <DocumentStatusBadge status={d.status} />
                {d.statusMessage && <small className="usage-lines__detail">{d.statusMessage}</small>}
                {props.statusForm?.(d)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
