import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireStaff } from "@/lib/auth/guards";
import { FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { formatDateBoth, formatWareki, isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listBranchFeeTasks } from "@/lib/server/fees/list-branch-fee-tasks";
import { markFeeStatementMailedAction } from "./actions";
import { LumpSumBillingForm, MonthlyPaidForm } from "./fee-forms";

export const metadata: Metadata = { title: "保証料の業務" };

const monthKey = (month: Date) => month.toISOString().slice(0, 7);
const monthLabel = (month: Date) => formatWareki(month).replace(/1日$/, "");

export default async function StaffFeesPage() {
  const actor = await requireStaff();
  const { mailTasks, companies, months } = await listBranchFeeTasks({ actor });
  const today = isoOfYmd(todayInJapan());
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "保証料の業務" }]} />
      <h1>保証料の業務</h1>

      <h2 id="mail-heading">計算書の郵送（{mailTasks.length}件）</h2>
      <p className="muted">保証料計算書(紙)を「希望する」とされた保証の計算書です。郵送したら「郵送済みにする」を押してください。</p>
      {mailTasks.length === 0 ? (
        <p className="panel">郵送待ちの計算書はありません。</p>
      ) : (
        <table className="data fee-statements-table" aria-labelledby="mail-heading">
          <thead>
            <tr>
              <th scope="col">計算書</th>
              <th scope="col">保証契約番号</th>
              <th scope="col">工事名</th>
              <th scope="col">宛先</th>
              <th scope="col">送付先</th>
              <th scope="col" className="num">金額</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {mailTasks.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={`/staff/fees/statements/${s.id}`}>{FEE_STATEMENT_KIND_LABEL[s.kind]}（{s.statementNumber}）</a>
                </td>
                <td className="mono">{s.guarantee.contractNumber}</td>
                <td>{s.guarantee.projectName}</td>
                <td>{s.billTo} 様</td>
                <td>〒{s.company.postalCode} {s.company.address}</td>
                <td className="num">{formatYen(s.amount + s.tax)}</td>
                <td>
                  <ActionButton action={markFeeStatementMailedAction} hidden={{ statementId: s.id }} label="郵送済みにする" aria-label={`${s.statementNumber} を郵送済みにする`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="monthly-heading">一括納付（月ごとの請求）</h2>
      {months.length === 0 ? (
        <p className="panel">一括納付の請求はありません。</p>
      ) : (
        <table className="data fee-statements-table" aria-labelledby="monthly-heading">
          <thead>
            <tr>
              <th scope="col">お客様</th>
              <th scope="col">対象月</th>
              <th scope="col" className="num">件数</th>
              <th scope="col" className="num">請求額合計</th>
              <th scope="col">納付期限</th>
              <th scope="col">入金</th>
            </tr>
          </thead>
          <tbody>
            {months.flatMap(({ company, months: list }) =>
              list.map((m) => (
                <tr key={`${company.id}-${monthKey(m.month)}`}>
                  <td>{company.name}</td>
                  <td>{monthLabel(m.month)}</td>
                  <td className="num">{m.count}件</td>
                  <td className="num">{formatYen(m.total)}</td>
                  <td>{formatDateBoth(m.dueOn)}</td>
                  <td>
                    {m.paidOn ? (
                      `入金済み（${formatWareki(m.paidOn)}）`
                    ) : (
                      <MonthlyPaidForm companyId={company.id} month={monthKey(m.month)} label={`${company.name} ${monthLabel(m.month)}分`} today={today} />
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}

      <h2 id="lump-heading">一括納付の取扱い（お客様ごと）</h2>
      <p className="muted">「あり」のお客様は、保証料支払方法が一括納付の保証を入金確認なしで発行でき、保証料は月ごとにまとめて請求します。全支店で共通の設定です。</p>
      <table className="data" aria-labelledby="lump-heading">
        <thead>
          <tr>
            <th scope="col">お客様</th>
            <th scope="col">一括納付</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>
                <LumpSumBillingForm companyId={c.id} companyName={c.name} lumpSumBilling={c.lumpSumBilling} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
