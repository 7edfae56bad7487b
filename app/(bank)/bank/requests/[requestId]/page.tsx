import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PayoutPlanTable, PayoutRequestLinesTable } from "@/components/payout-tables";
import { PayoutRequestDetails } from "@/components/payout-request-details";
import { requireBankUser } from "@/lib/auth/guards";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getBankPayoutRequest } from "@/lib/server/payouts/get-bank-payout-request";
import { PayoutDecisionForms } from "./decision-forms";

export const metadata: Metadata = { title: "払出依頼" };

export default async function BankPayoutRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireBankUser();
  const { requestId } = await params;
  const r = await orNotFound(getBankPayoutRequest({ actor, requestId }));
  const title = payoutRequestTitle(r.requestNo);
  const today = isoOfYmd(todayInJapan());
  return (
    <main>
      <Breadcrumbs items={[{ label: "払出依頼の受付", href: "/bank" }, { label: `${r.contractNumber} ${title}` }]} />
      <PayoutRequestDetails request={r} about={[["前払金額（保証金額）", formatYen(r.guaranteeAmount)]]} />
      <h2>依頼された行</h2>
      <PayoutRequestLinesTable
        lines={r.lines}
        caption="依頼された行と処理"
        decision={(l) => (
          <PayoutDecisionForms requestId={r.id} lineId={l.id} itemLabel={`No.${l.itemNo ?? ""} ${l.category ? usageCategoryLabel(l.category) : ""}`} amount={l.amount.toString()} today={today} />
        )}
      />
      <h2>承認済みの前払金使途内訳明細書と残額</h2>
      <p className="muted">残額は、前払金使用金額から依頼中・払出済の金額を差し引いたものです（差戻しの金額は残額に戻ります）。証拠書類は請負者が書類送信で提出したものです。</p>
      <PayoutPlanTable lines={r.planLines} total={r.total} caption="承認済みの明細書の行と残額" documents={r.documents} documentHref={(id) => `/bank/documents/${id}/file`} />
    </main>
  );
}
