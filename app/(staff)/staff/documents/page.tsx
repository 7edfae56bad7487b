import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { listBranchDocuments } from "@/lib/server/documents/list-branch-documents";
import { DocumentStatusForm } from "./status-form";

export const metadata: Metadata = { title: "送信された書類（受付）" };

export default async function StaffDocumentsPage() {
  const actor = await requireStaff();
  const documents = await listBranchDocuments({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "送信された書類" }]} />
      <h1>送信された書類（受付）</h1>
      <p className="muted">{actor.branchName}が扱う申込・保証・明細書の行にお客様が送信した書類です。開くたびに監査ログに記録されます。</p>
      {documents.length === 0 ? (
        <p className="panel">送信された書類はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">送信された書類</caption>
            <thead>
              <tr>
                <th scope="col">送信日時</th>
                <th scope="col">請負者</th>
                <th scope="col">書類の種類</th>
                <th scope="col">ファイル</th>
                <th scope="col">添付先</th>
                <th scope="col">備考</th>
                <th scope="col">受付</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDateTimeJst(d.uploadedAt)}</td>
                  <td>{d.companyName}</td>
                  <td>{DOCUMENT_KIND_LABEL[d.kind]}</td>
                  <td>
                    <a href={`/staff/documents/${d.id}/file`} download>
                      {d.fileName}
                    </a>
                    <small className="usage-lines__detail">SHA-256: {d.sha256.slice(0, 16)}…</small>
                  </td>
                  <td>{d.target}</td>
                  <td>{d.note ?? ""}</td>
                  <td>
                    <DocumentStatusBadge status={d.status} />
                    {d.statusMessage && <small className="usage-lines__detail">{d.statusMessage}</small>}
                    <DocumentStatusForm documentId={d.id} fileName={d.fileName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
