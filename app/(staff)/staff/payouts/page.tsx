import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PayoutRequestList } from "@/components/payout-request-list";
import { requireStaff } from "@/lib/auth/guards";
import { listBranchPayoutRequests } from "@/lib/server/payouts/list-branch-payout-requests";

export const metadata: Metadata = { title: "預託金の払出（払出依頼・払出報告）" };

export default async function StaffPayoutsPage() {
  const actor = await requireStaff();
  const requests = await listBranchPayoutRequests({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "預託金の払出" }]} />
      <h1>預託金の払出（{actor.branchName}）</h1>
      <p className="muted">
        {actor.branchName}が扱う保証の預託金払出依頼書と、預託金融機関からの払出報告です（保証事業法第27条による前払金の使途の監査）。各依頼から、明細書の行ごとの残額を確認できます。
      </p>
      {requests.length === 0 ? <p className="panel">払出依頼はまだありません。</p> : <PayoutRequestList requests={requests} hrefOf={(id) => `/staff/payouts/${id}`} showCompany caption="払出依頼と払出報告" />}
    </main>
  );
}
