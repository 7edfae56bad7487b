// The head of one 預託金払出依頼書 as the bank and the staff read it: the title with its state and the
// request's particulars. Each desk adds its own rows (the bank the 前払金額, staff the bank and the balances).
import type { ReactNode } from "react";
import { DetailTable } from "@/components/detail-table";
import { PayoutRequestStateBadge } from "@/components/status-badge";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import type { PayoutRequestDetail } from "@/lib/server/payouts/payout-request-view";

type Row = [string, ReactNode];

export function PayoutRequestDetails({ request: r, about, totals = [] }: { request: PayoutRequestDetail; about: Row[]; totals?: Row[] }) {
  return (
    <>
      <h1>
        {payoutRequestTitle(r.requestNo)}（{r.contractNumber}） <PayoutRequestStateBadge statuses={r.statuses} />
      </h1>
      <DetailTable
        caption="払出依頼の内容"
        rows={[
          ["保証契約番号", r.contractNumber],
          ["請負者", r.companyName],
          ["工事名", r.projectName],
          ...about,
          ["送信日時", formatDateTimeJst(r.submittedAt)],
          ["依頼額の合計", formatYen(r.requested)],
          ...totals,
          ["連絡事項", r.note ?? ""],
        ]}
      />
    </>
  );
}
