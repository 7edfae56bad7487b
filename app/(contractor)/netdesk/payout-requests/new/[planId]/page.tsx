import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DetailTable } from "@/components/detail-table";
import { requireContractor } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { getPayoutRequestEditor } from "@/lib/server/payouts/get-payout-request-editor";
import { PayoutRequestForm } from "../../payout-request-form";

export const metadata: Metadata = { title: "預託金払出依頼書の作成" };

export default async function NewPayoutRequestPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requireContractor();
  const { planId } = await params;
  const editor = await orNotFound(getPayoutRequestEditor({ actor, planId }));
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "預託金払出依頼書", href: "/netdesk/payout-requests" }, { label: "作成" }]} />
      <h1>預託金払出依頼書の作成（{editor.contractNumber}）</h1>
      <DetailTable
        caption="保証の内容"
        rows={[
          ["保証契約番号", editor.contractNumber],
          ["工事名", editor.projectName],
          ["預託金融機関（送信先）", editor.depositBank ?? ""],
        ]}
      />
      <PayoutRequestForm
        planId={editor.planId}
        lines={editor.lines.map((l) => ({
          itemId: l.itemId,
          itemNo: l.itemNo,
          category: l.category,
          detail: l.detail,
          payee: l.payee,
          settled: l.settled,
          payoutMethod: l.payoutMethod,
          scheduledMonth: l.scheduledMonth,
          remaining: l.balance.remaining.toString(),
        }))}
      />
    </main>
  );
}
