import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PayoutPlanTable, PayoutRequestLinesTable } from "@/components/payout-tables";
import { PayoutRequestDetails } from "@/components/payout-request-details";
import { requireStaff } from "@/lib/auth/guards";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
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
      <PayoutRequestDetails
        request={r}
        about={[["預託金融機関", r.bankName]]}
        totals={[
          ["払出済の合計", formatYen(r.paid)],
          ["前払金の残額（払出済を除く）", formatYen(r.total.planned - r.total.paid)],
        ]}
      />
      <h2>依頼された行と払出報告</h2>
      <PayoutRequestLinesTable lines={r.lines} caption="依頼された行と預託金融機関の払出報告" />
      <h2>明細書の行と残額（現在）</h2>
      <PayoutPlanTable lines={r.planLines} total={r.total} caption="承認済みの明細書の行と残額" documents={r.documents} documentHref={(id) => `/staff/documents/${id}/file`} />
    </main>
  );
}
