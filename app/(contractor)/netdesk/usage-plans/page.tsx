import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GuaranteeStatusBadge, UsagePlanStatusBadge } from "@/components/status-badge";
import { requireContractor } from "@/lib/auth/guards";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { USAGE_PLAN_VERSION_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatYen } from "@/lib/domain/yen";
import { listContractorUsagePlans } from "@/lib/server/usage-plans/list-contractor-usage-plans";

export const metadata: Metadata = { title: "前払金使途内訳明細書" };

export default async function UsagePlansPage() {
  const actor = await requireContractor();
  const rows = await listContractorUsagePlans({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金使途内訳明細書" }]} />
      <h1>前払金使途内訳明細書</h1>
      <p className="muted">
        前払金は、保証会社が承認した前払金使途内訳明細書のとおりにしか払い出せません。発行済みの前払金保証・中間前払金保証ごとに作成し、送信してください。承認された明細書は預託金融機関へ送付されます。
      </p>
      {rows.length === 0 ? (
        <p className="panel">前払金保証・中間前払金保証はまだありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">前払金保証と明細書の一覧</caption>
            <thead>
              <tr>
                <th scope="col">保証種類</th>
                <th scope="col">保証契約番号</th>
                <th scope="col">工事名</th>
                <th scope="col">前払金額</th>
                <th scope="col">明細書</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.guaranteeId}>
                  <td>{KIND_SHORT[r.kind]}</td>
                  <td className="nowrap">
                    {r.contractNumber} {r.status !== "ACTIVE" && <GuaranteeStatusBadge status={r.status} />}
                  </td>
                  <td>{r.projectName}</td>
                  <td className="num">{formatYen(r.amount)}</td>
                  <td>
                    {r.approvedVersionNo !== null && <span>承認済（第{r.approvedVersionNo}版） </span>}
                    {r.open && (
                      <>
                        {USAGE_PLAN_VERSION_KIND_LABEL[r.open.kind]}: <UsagePlanStatusBadge status={r.open.status} />
                      </>
                    )}
                    {!r.planId && <span className="muted">未作成</span>}
                  </td>
                  <td>
                    {r.planId ? (
                      <Link href={`/netdesk/usage-plans/${r.planId}`} aria-label={`${r.contractNumber} の明細書を表示`}>
                        表示
                      </Link>
                    ) : (
                      r.status === "ACTIVE" && (
                        <Link href={`/netdesk/usage-plans/guarantee/${r.guaranteeId}`} aria-label={`${r.contractNumber} の明細書を作成`}>
                          作成
                        </Link>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
