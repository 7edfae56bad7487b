import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentStatusBadge } from "@/components/status-badge";
import { requireContractor } from "@/lib/auth/guards";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { listContractorDocuments } from "@/lib/server/documents/list-contractor-documents";
import { listDocumentTargets } from "@/lib/server/documents/list-document-targets";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { DocumentUploadForm } from "./upload-form";

export const metadata: Metadata = { title: "書類送信" };

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024)).toLocaleString("ja-JP")} KB`;

export default async function DocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireContractor();
  const sp = await searchParams;
  const [groups, documents] = await Promise.all([listDocumentTargets({ actor }), listContractorDocuments({ actor })]);
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "書類送信" }]} />
      <h1>書類送信</h1>
      <p className="muted">
        認定調書、下請契約書・注文請書（下請への支払）、注文請書・納品書・請求書（材料の支払）などを保証会社へ送信します。直用の労務費と保証料には証拠書類は不要です。
      </p>
      {groups.length === 0 ? <p className="panel">書類を添付できる保証申込・保証がまだありません。</p> : <DocumentUploadForm groups={groups} defaultTarget={firstParam(sp.target)} />}
      <h2>送信した書類</h2>
      {documents.length === 0 ? (
        <p className="panel">まだ送信した書類はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">送信した書類</caption>
            <thead>
              <tr>
                <th scope="col">送信日時</th>
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
                  <td>{DOCUMENT_KIND_LABEL[d.kind]}</td>
                  <td>
                    <a href={`/netdesk/documents/${d.id}/file`} download>
                      {d.fileName}
                    </a>{" "}
                    <small className="muted">（{kb(d.size)}）</small>
                  </td>
                  <td>{d.target}</td>
                  <td>{d.note ?? ""}</td>
                  <td>
                    <DocumentStatusBadge status={d.status} />
                    {d.statusMessage && <small className="usage-lines__detail">{d.statusMessage}</small>}
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
