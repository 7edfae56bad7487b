import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UsagePlanStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { USAGE_PLAN_VERSION_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listBranchUsagePlans, type BranchUsagePlanRow } from "@/lib/server/usage-plans/list-branch-usage-plans";

export const metadata: Metadata = { title: "前払金使途内訳明細書（承認・差戻し）" };

function PlanRows({ rows, caption, when }: { rows: BranchUsagePlanRow[]; caption: string; when: "submittedAt" | "decidedAt" }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{when === "submittedAt" ? "送信日時" : "承認・差戻し日時"}</th>
            <th scope="col">保証契約番号</th>
            <th scope="col">請負者</th>
            <th scope="col">工事名</th>
            <th scope="col">前払金額</th>
            <th scope="col">種類</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.planId}-${r.versionNo}`}>
              <td className="nowrap">{r[when] ? formatDateTimeJst(r[when]!) : ""}</td>
              <td className="nowrap">
                <Link href={`/staff/usage-plans/${r.planId}`}>{r.contractNumber}</Link>
              </td>
              <td>{r.companyName}</td>
              <td>{r.projectName}</td>
              <td className="num">{formatYen(r.amount)}</td>
              <td>
                第{r.versionNo}版・{USAGE_PLAN_VERSION_KIND_LABEL[r.kind]}
              </td>
              <td>
                <UsagePlanStatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function StaffUsagePlansPage() {
  const actor = await requireStaff();
  const { waiting, decided } = await listBranchUsagePlans({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "前払金使途内訳明細書" }]} />
      <h1>前払金使途内訳明細書（承認・差戻し）</h1>
      <p className="muted">{actor.branchName}が扱う保証の明細書と使途変更申込です。承認すると、保証の預託金融機関へ送付されます。</p>
      <h2>審査待ち（{waiting.length}件）</h2>
      {waiting.length === 0 ? <p className="panel">審査待ちの明細書はありません。</p> : <PlanRows rows={waiting} caption="審査待ちの明細書" when="submittedAt" />}
      <h2>最近の承認・差戻し</h2>
      {decided.length === 0 ? <p className="panel">まだありません。</p> : <PlanRows rows={decided} caption="最近の承認・差戻し" when="decidedAt" />}
    </main>
  );
}
