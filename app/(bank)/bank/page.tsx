import type { Metadata } from "next";
import { PayoutRequestList } from "@/components/payout-request-list";
import { requireBankUser } from "@/lib/auth/guards";
import { listBankPayoutRequests } from "@/lib/server/payouts/list-bank-payout-requests";

export const metadata: Metadata = { title: "払出依頼の受付" };

export default async function BankInboxPage() {
  const actor = await requireBankUser();
  const { waiting, recent } = await listBankPayoutRequests({ actor });
  return (
    <main>
      <h1>払出依頼の受付（{actor.bankBranchName}）</h1>
      <p className="muted">
        貴店に預託された前払金の預託金払出依頼書です。保証会社が承認した前払金使途内訳明細書の行と残額を確認のうえ、行ごとに払出済（払出日・払出額）または差戻しを登録してください。登録した払出は保証会社へ報告され、請負者にメールで通知されます。
      </p>
      <h2>処理待ちの払出依頼（古い順、最大20件）</h2>
      {waiting.length === 0 ? <p className="panel">処理待ちの払出依頼はありません。</p> : <PayoutRequestList requests={waiting} hrefOf={(id) => `/bank/requests/${id}`} showCompany caption="処理待ちの払出依頼" />}
      <h2>最近の払出依頼</h2>
      {recent.length === 0 ? <p className="panel">払出依頼はまだありません。</p> : <PayoutRequestList requests={recent} hrefOf={(id) => `/bank/requests/${id}`} showCompany caption="最近の払出依頼" />}
    </main>
  );
}
