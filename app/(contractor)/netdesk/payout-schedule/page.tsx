import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PayoutChart } from "@/components/payout-chart";
import { requireContractor } from "@/lib/auth/guards";
import { formatMonthBoth } from "@/lib/domain/month-input";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getPayoutSchedule } from "@/lib/server/payouts/get-payout-schedule";

export const metadata: Metadata = { title: "前払金払出予定" };

export default async function PayoutSchedulePage({ searchParams }: { searchParams: Promise<{ planId?: string | string[] }> }) {
  const actor = await requireContractor();
  const { planId } = await searchParams;
  const view = await orNotFound(getPayoutSchedule({ actor, planId: typeof planId === "string" ? planId : undefined }));
  const s = view.selected;
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金払出予定" }]} />
      <h1>前払金払出予定</h1>
      <p className="muted">承認済みの前払金使途内訳明細書の払出予定（月）と、預託金融機関から報告された払出の実績、前払金の残額です。</p>
      {view.plans.length === 0 ? (
        <p className="panel">
          承認済みの明細書はまだありません。<Link href="/netdesk/usage-plans">前払金使途内訳明細書</Link>を作成・送信してください。
        </p>
      ) : (
        <>
          {view.plans.length > 1 && (
            <nav aria-label="保証の選択" className="payout-plans">
              <ul>
                {view.plans.map((p) => (
                  <li key={p.planId}>
                    <Link href={`/netdesk/payout-schedule?planId=${p.planId}`} aria-current={p.planId === s?.planId ? "page" : undefined}>
                      {p.contractNumber} {p.projectName}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {s && (
            <section aria-labelledby="schedule-heading">
              <h2 id="schedule-heading">
                {s.contractNumber} {s.projectName}
              </h2>
              <p>
                前払金額 {formatYen(s.total.planned)}・払出済 {formatYen(s.total.paid)}・依頼中 {formatYen(s.total.requested)}・残額 <strong>{formatYen(s.total.planned - s.total.paid)}</strong>
              </p>
              <PayoutChart months={s.months} total={s.total.planned} title={`${s.contractNumber} の前払金払出予定と実績`} />
              <div className="table-scroll">
                <table className="data payout-lines">
                  <caption className="visually-hidden">月ごとの払出予定と実績</caption>
                  <thead>
                    <tr>
                      <th scope="col">月</th>
                      <th scope="col">払出予定</th>
                      <th scope="col">払出済</th>
                      <th scope="col">予定の累計</th>
                      <th scope="col">払出済の累計</th>
                      <th scope="col">月末の残額</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.months.map((m) => (
                      <tr key={`${m.month.year}-${m.month.month}`}>
                        <th scope="row" className="nowrap">
                          {formatMonthBoth(m.month)}
                        </th>
                        <td className="num">{formatYen(m.planned)}</td>
                        <td className="num">{formatYen(m.paid)}</td>
                        <td className="num">{formatYen(m.plannedToDate)}</td>
                        <td className="num">{formatYen(m.paidToDate)}</td>
                        <td className="num">{formatYen(m.remaining)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </main>
  );
}
