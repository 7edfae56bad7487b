import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireStaff } from "@/lib/auth/guards";
import { MAIL_KIND_LABEL } from "@/lib/domain/mail-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { type BranchMailRow, listBranchFailedMails } from "@/lib/server/mail/list-branch-failed-mails";

export const metadata: Metadata = { title: "送信に失敗したメール" };

function MailRows({ mails, label }: { mails: BranchMailRow[]; label: string }) {
  return (
    <div className="table-scroll">
      <table className="data" aria-label={label}>
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
  );
}

export default async function FailedMailsPage() {
  const actor = await requireStaff();
  const { failed, retrying } = await listBranchFailedMails({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "送信に失敗したメール" }]} />
      <h1>送信に失敗したメール（{actor.branchName}）</h1>
      <p className="muted">{actor.branchName}の申込・保証と、お客様（請負者）宛ての保証申込のお勧めについて、まだ届いていないメールです。</p>
      <h2 id="failed-heading">送信できなかったメール</h2>
      {failed.length === 0 ? (
        <p className="panel">送信できなかったメールはありません。</p>
      ) : (
        <>
          <p className="muted">再送を重ねても届かなかったメールです。宛先をお客様にご確認ください。</p>
          <MailRows mails={failed} label="送信できなかったメール" />
        </>
      )}
      <h2 id="retrying-heading">再送待ちのメール</h2>
      {retrying.length === 0 ? (
        <p className="panel">再送待ちのメールはありません。</p>
      ) : (
        <>
          <p className="muted">送信に失敗し、自動で再送するメールです（メールサーバーの停止など）。届くと一覧から消えます。</p>
          <MailRows mails={retrying} label="再送待ちのメール" />
        </>
      )}
    </main>
  );
}
