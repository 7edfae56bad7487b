import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DetailTable } from "@/components/detail-table";
import { PayoutPlanTable, PayoutRequestLinesTable } from "@/components/payout-tables";
import { PayoutRequestStateBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getBranchPayoutRequest } from "@/lib/server/payouts/get-branch-payout-request";

export const metadata: Metadata = { title: "払出依頼" };

export default async function StaffPayoutRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireStaff();
  const { requestId } = await params;
  const r = await orNotFound(getBranchPayoutRequest({ actor, requestId }));
  const title = payoutRequestTitle(r.requestNo);
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "預託金の払出", href: "/staff/payouts" }, { label: `${r.contractNumber} ${title}` }]} />
      <h1>
        {title}（{r.contractNumber}） <PayoutRequestStateBadge statuses={r.statuses} />
      </h1>
      <DetailTable
        caption="払出依頼の内容"
        rows={[
          ["保証契約番号", r.contractNumber],
          ["請負者", r.companyName],
          ["工事名", r.projectName],
          ["預託金融機関", r.bankName],
          ["送信日時", formatDateTimeJst(r.submittedAt)],
          ["依頼額の合計", formatYen(r.requested)],
          ["払出済の合計", formatYen(r.paid)],
          ["前払金の残額（払出済を除く）", formatYen(r.total.planned - r.total.paid)],
          ["連絡事項", r.note ?? ""],
        ]}
      />
      <h2>依頼された行と払出報告</h2>
      <PayoutRequestLinesTable lines={r.lines} caption="依頼された行と預託金融機関の払出報告" />
      <h2>明細書の行と残額（現在）</h2>
      <PayoutPlanTable lines={r.planLines} total={r.total} caption="承認済みの明細書の行と残額" documents={r.documents} documentHref={(id) => `/staff/documents/${id}/file`} />
    </main>
  );
}
