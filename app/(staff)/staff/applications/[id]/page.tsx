import type { Metadata } from "next";
import Link from "next/link";
import { AuditHistory } from "@/components/audit-history";
import { ApplicationStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { CERTIFICATE_FORM_LABEL, PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { RECEIVE_METHOD_LABEL } from "@/lib/domain/application-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { getBranchApplication } from "@/lib/server/applications/get-branch-application";
import { listMailStatus } from "@/lib/server/mail/list-mail-status";
import { MailStatusTable } from "@/components/mail-status-table";
import { ApplicationActions } from "./application-actions";
import { ApplicationDetails } from "./application-details";
import { BondApplicationDetails } from "@/components/bond-application-details";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { getBranchApplicationFees } from "@/lib/server/fees/get-branch-application-fees";
import { FeeSection } from "./fee-section";

export const metadata: Metadata = { title: "申込の詳細（受付・審査・発行）" };

export default async function StaffApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const found = await orNotFound(getBranchApplication({ applicationId: id, actor }));
  const { application: a, history } = found;
  // The application was found in the staff member's branch; its mails are shown with it.
  const [mails, fees] = await Promise.all([
    listMailStatus({ applicationId: a.id, guaranteeIds: a.guarantees.map((g) => g.id) }),
    getBranchApplicationFees({ actor, applicationId: a.id }),
  ]);

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "申込一覧", href: "/staff/applications" }, { label: "申込の詳細" }]} />
      <h1>
        申込の詳細 {a.applicationNumber && <span className="mono">（申込番号 {a.applicationNumber}）</span>}{" "}
        <ApplicationStatusBadge status={a.status} />
      </h1>
      <p className="muted">
        {a.company.name} 様 ・ 送信日時 {a.submittedAt ? formatDateTimeJst(a.submittedAt) : "―"}
      </p>

      <ApplicationActions applicationId={a.id} status={a.status} />

      <FeeSection applicationId={a.id} fees={fees} today={isoOfYmd(todayInJapan())} />

      {a.guarantees.length > 0 && (
        <>
          <h2>発行した保証</h2>
          <table className="data" aria-label="発行した保証">
            <thead>
              <tr>
                <th scope="col">商品名</th>
                <th scope="col">保証契約番号／予約番号</th>
                <th scope="col">形式</th>
                <th scope="col">保証金額</th>
                <th scope="col">認証キー／証書</th>
                <th scope="col">発行日時</th>
              </tr>
            </thead>
            <tbody>
              {a.guarantees.map((g) => (
                <tr key={g.id}>
                  <td>{PRODUCT_NAME[g.kind]}</td>
                  <td>
                    <Link className="mono contract-number" href={`/staff/guarantees/${g.id}`}>
                      {g.contractNumber}
                    </Link>
                  </td>
                  <td>{CERTIFICATE_FORM_LABEL[g.form]}</td>
                  <td className="num">{formatYen(g.amount)}</td>
                  <td>
                    {g.authKey
                      ? "認証キー発行済み（お客様の画面でのみ表示）"
                      : `証書発行済み（受取方法: ${g.paperReceiveMethod ? RECEIVE_METHOD_LABEL[g.paperReceiveMethod] : "―"}）`}
                  </td>
                  <td className="nowrap">{formatDateTimeJst(g.issuedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {a.reservation && (
        <p className="alert alert--info">
          契約保証予約（予約番号 <span className="mono">{a.reservation.contractNumber}</span>、契約保証金額 {formatYen(a.reservation.amount)}）から申し込まれた保証申込です。
        </p>
      )}
      {a.kind === "GUARANTEE" ? <ApplicationDetails application={a} /> : <BondApplicationDetails application={a} />}

      <h2>送信状況</h2>
      <p className="muted">この申込と発行した保証について送信したメールです。送信できなかったメールは理由を表示します。</p>
      <MailStatusTable rows={mails} label="メールの送信状況" showErrors />

      <h2>履歴</h2>
      <AuditHistory entries={history} label="履歴" empty="履歴はまだありません。" />
    </main>
  );
}
