import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireContractor } from "@/lib/auth/guards";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorApplication } from "@/lib/server/applications/get-contractor-application";
import { FlowSteps } from "../../_form/flow-steps";

export const metadata: Metadata = { title: "保証申込 送信完了" };

export default async function ApplicationSentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireContractor();
  const { id } = await params;
  const application = await orNotFound(getContractorApplication({ actor, applicationId: id }));
  if (!application.applicationNumber || !application.submittedAt) notFound();
  const electronic = application.advanceForm === "ELECTRONIC" || application.contractForm === "ELECTRONIC";
  return (
    <main>
      <FlowSteps current="送信完了" />
      <h1>送信完了</h1>
      <div className="panel sent-panel">
        <p>保証のお申し込みを受け付けました。</p>
        <p className="application-number">
          申込番号 <strong>{application.applicationNumber}</strong>
        </p>
        <p className="muted">
          送信日時 {formatDateTimeJst(application.submittedAt)}　申込送信先 {application.branch?.name}
        </p>
      </div>
      <h2>今後の流れ</h2>
      <ol className="next-steps">
        <li>{application.branch?.name ?? "申込送信先の支店"}で申込内容を確認し、受付します。手続状況は保証申込の一覧でご確認いただけます。</li>
        <li>内容に不備がある場合は差戻しとなり、「弊社からお客様へのお知らせ」でご連絡します。修正のうえ再度送信してください。</li>
        {electronic ? (
          <li>
            電子保証の発行手続きが完了しましたら
            {application.completionMailWanted ? `、${application.notificationEmail ?? "ご登録のメールアドレス"}へ「電子保証（認証キー）発行完了のお知らせ」をお送りします` : "、保証契約一覧でお知らせします"}
            。保証契約一覧の「電子保証（認証キー）」から「認証キー」のお知らせ（PDF）を取得し、発注者へご提出ください。
          </li>
        ) : (
          <li>保証証書(紙)は、ご指定の受取方法でお渡しします。</li>
        )}
      </ol>
      <p className="form-actions form-actions--start">
        <Link className="button" href="/netdesk/applications">
          申込一覧へ
        </Link>
        <Link className="button button--secondary" href="/netdesk">
          全体トップへ
        </Link>
      </p>
    </main>
  );
}
