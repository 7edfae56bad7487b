import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentTable } from "@/components/document-table";
import { requireStaff } from "@/lib/auth/guards";
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
        <DocumentTable
          rows={documents}
          caption="送信された書類"
          fileHref={(id) => `/staff/documents/${id}/file`}
          company={(d) => d.companyName}
          statusForm={(d) => <DocumentStatusForm documentId={d.id} fileName={d.fileName} />}
        />
      )}
    </main>
  );
}
