import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PayoutRequestList } from "@/components/payout-request-list";
import { requireContractor } from "@/lib/auth/guards";
import { formatYen } from "@/lib/domain/yen";
import { listContractorPayouts } from "@/lib/server/payouts/list-contractor-payouts";

export const metadata: Metadata = { title: "預託金払出依頼書" };

export default async function PayoutRequestsPage() {
  const actor = await requireContractor();
  const { plans, requests } = await listContractorPayouts({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "預託金払出依頼書" }]} />
      <h1>預託金払出依頼書</h1>
      <p className="muted">
        前払金専用口座の前払金は、承認済みの前払金使途内訳明細書の行ごとに、預託金融機関へ払出を依頼して払い出します。支払先が確定している行だけを、残額の範囲で依頼できます（口座の利息は前払金ではないため対象外です）。
      </p>
      <h2>払出を依頼できる保証</h2>
      {plans.length === 0 ? (
        <p className="panel">
          承認済みの明細書はまだありません。<Link href="/netdesk/usage-plans">前払金使途内訳明細書</Link>を作成・送信してください。
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">払出を依頼できる保証</caption>
            <thead>
              <tr>
                <th scope="col">保証契約番号</th>
                <th scope="col">工事名</th>
                <th scope="col">預託金融機関</th>
                <th scope="col">前払金額</th>
                <th scope="col">払出済</th>
                <th scope="col">依頼中</th>
                <th scope="col">残額</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.planId}>
                  <td className="nowrap">{p.contractNumber}</td>
                  <td>{p.projectName}</td>
                  <td>{p.depositBank}</td>
                  <td className="num">{formatYen(p.total.planned)}</td>
                  <td className="num">{formatYen(p.total.paid)}</td>
                  <td className="num">{formatYen(p.total.requested)}</td>
                  <td className="num">
                    <strong>{formatYen(p.total.remaining)}</strong>
                  </td>
                  <td className="nowrap">
                    {p.linked ? (
                      <Link href={`/netdesk/payout-requests/new/${p.planId}`} aria-label={`${p.contractNumber} の払出を依頼`}>
                        払出を依頼
                      </Link>
                    ) : (
                      <span className="muted">預託金融機関の登録待ち</span>
                    )}{" "}
                    <Link href={`/netdesk/payout-schedule?planId=${p.planId}`} aria-label={`${p.contractNumber} の前払金払出予定`}>
                      払出予定
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>送信した払出依頼</h2>
      {requests.length === 0 ? (
        <p className="panel">送信した払出依頼はまだありません。</p>
      ) : (
        <PayoutRequestList requests={requests} hrefOf={(id) => `/netdesk/payout-requests/${id}`} />
      )}
    </main>
  );
}
