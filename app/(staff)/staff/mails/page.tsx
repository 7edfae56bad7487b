import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MAIL_KIND_LABEL } from "@/components/mail-status-table";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { listBranchFailedMails } from "@/lib/server/mail/list-branch-failed-mails";

export const metadata: Metadata = { title: "送信に失敗したメール" };

export default async function FailedMailsPage() {
  const actor = await requireStaff();
  const mails = await listBranchFailedMails({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "送信に失敗したメール" }]} />
      <h1>送信に失敗したメール（{actor.branchName}）</h1>
      <p className="muted">{actor.branchName}の申込・保証について、再送を重ねても届かなかったメールです。宛先をお客様にご確認ください。</p>
      {mails.length === 0 ? (
        <p className="panel">送信に失敗したメールはありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data" aria-label="送信に失敗したメール">
            <thead>
              <tr>
                <th scope="col">最後の試行</th>
                <th scope="col">種類</th>
                <th scope="col">宛先</th>
                <th scope="col">件名</th>
                <th scope="col">エラー</th>
                <th scope="col">対象</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id}>
                  <td className="nowrap">{formatDateTimeJst(m.updatedAt)}</td>
                  <td>{MAIL_KIND_LABEL[m.kind]}</td>
                  <td>{m.toAddress}</td>
                  <td>{m.subject}</td>
                  <td>
                    {m.lastError ?? "―"}（{m.attempts}回）
                  </td>
                  <td className="nowrap">
                    {m.guaranteeId ? (
                      <Link href={`/staff/guarantees/${m.guaranteeId}`}>{m.guarantee?.contractNumber}</Link>
                    ) : m.applicationId ? (
                      <Link href={`/staff/applications/${m.applicationId}`}>{m.application?.applicationNumber ?? "申込"}</Link>
                    ) : (
                      "―"
                    )}
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
