import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentTable } from "@/components/document-table";
import { requireContractor } from "@/lib/auth/guards";
import { listContractorDocuments } from "@/lib/server/documents/list-contractor-documents";
import { listDocumentTargets } from "@/lib/server/documents/list-document-targets";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { DocumentUploadForm } from "./upload-form";

export const metadata: Metadata = { title: "書類送信" };

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
        <DocumentTable rows={documents} caption="送信した書類" fileHref={(id) => `/netdesk/documents/${id}/file`} />
      )}
    </main>
  );
}
