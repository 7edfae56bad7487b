import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DetailTable } from "@/components/detail-table";
import { PayoutPlanTable, PayoutRequestLinesTable } from "@/components/payout-tables";
import { PayoutRequestStateBadge } from "@/components/status-badge";
import { requireContractor } from "@/lib/auth/guards";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorPayoutRequest } from "@/lib/server/payouts/get-contractor-payout-request";

export const metadata: Metadata = { title: "預託金払出依頼書" };

export default async function PayoutRequestPage({ params, searchParams }: { params: Promise<{ requestId: string }>; searchParams: Promise<{ sent?: string }> }) {
  const actor = await requireContractor();
  const [{ requestId }, { sent }] = await Promise.all([params, searchParams]);
  const r = await orNotFound(getContractorPayoutRequest({ actor, requestId }));
  const title = payoutRequestTitle(r.requestNo);
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "預託金払出依頼書", href: "/netdesk/payout-requests" }, { label: `${r.contractNumber} ${title}` }]} />
      <h1>
        預託金払出依頼書（{r.contractNumber} {title}） <PayoutRequestStateBadge statuses={r.statuses} />
      </h1>
      {sent && (
        <p className="alert alert--info" role="status">
          {r.bankName}へ{title}を送信しました。払出または差戻しはメールでお知らせします。
        </p>
      )}
      <DetailTable
        caption="払出依頼の内容"
        rows={[
          ["保証契約番号", r.contractNumber],
          ["工事名", r.projectName],
          ["預託金融機関", r.bankName],
          ["送信日時", formatDateTimeJst(r.submittedAt)],
          ["依頼額の合計", formatYen(r.requested)],
          ["払出済の合計", formatYen(r.paid)],
          ["連絡事項", r.note ?? ""],
        ]}
      />
      <h2>依頼した行</h2>
      <PayoutRequestLinesTable lines={r.lines} caption="依頼した行と預託金融機関の処理" />
      <h2>明細書の行と残額（現在）</h2>
      <PayoutPlanTable lines={r.planLines} total={r.total} caption="承認済みの明細書の行と残額" />
    </main>
  );
}
