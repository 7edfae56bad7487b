import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLinks } from "@/components/page-links";
import { requireContractor } from "@/lib/auth/guards";
import { FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatDateBoth, formatWareki } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { guaranteeListQueryString, parseGuaranteeListQuery, type SearchParamsRecord } from "@/lib/schemas/guarantee-list-filter";
import { paymentLineOf } from "@/lib/server/fees/build-fee-statement-file";
import { listContractorFeeStatements, listContractorMonthlyStatements } from "@/lib/server/fees/list-contractor-fee-statements";
import { GuaranteeSearch } from "../guarantees/guarantee-search";

export const metadata: Metadata = { title: "保証料計算書一覧" };

const monthKey = (month: Date) => month.toISOString().slice(0, 7);
const monthLabel = (month: Date) => formatWareki(month).replace(/1日$/, "");

export default async function FeeStatementListPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const actor = await requireContractor();
  const query = parseGuaranteeListQuery(await searchParams);
  const valid = Object.keys(query.errors).length === 0;
  const [result, months] = await Promise.all([valid ? listContractorFeeStatements({ actor, filter: query.filter, page: query.page }) : null, listContractorMonthlyStatements({ actor })]);
  const hrefFor = (page: number) => `/netdesk/fee-statements${guaranteeListQueryString(query.filter, page)}`;

  return (
    <main className="guarantees">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証料計算書一覧" }]} />
      <h1>保証料計算書一覧</h1>
      <p className="muted">発行した保証の保証料計算書・追加保証料計算書・保証料返還計算書と、一括納付の月ごとの計算書です。PDFをダウンロードできます。</p>

      <GuaranteeSearch companyName={actor.companyName} query={query} action="/netdesk/fee-statements" periodLabel="期間（作成日）" />
      {!valid && (
        <div className="alert alert--error" role="alert">
          検索条件に誤りがあります。各項目の説明をご確認ください。
        </div>
      )}
      {result && (
        <section className="gl-result" aria-labelledby="fs-result-heading">
          <h2 id="fs-result-heading">保証料計算書</h2>
          <div className="gl-result__bar">
            <p className="gl-result__count" aria-live="polite">
              全{result.pageCount}ページ({result.total}件)中の{result.page}ページ目を表示しています
            </p>
            <a className="button button--secondary gl-download" href={`/netdesk/fee-statements/download${guaranteeListQueryString(query.filter)}`}>
              この条件の保証料計算書一覧をダウンロード（CSV）
            </a>
          </div>
          {result.total === 0 ? (
            <p className="panel gl-empty">条件に合う保証料計算書はありません。</p>
          ) : (
            <table className="data fee-statements-table">
              <caption className="visually-hidden">保証料計算書の一覧</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">計算書</th>
                  <th scope="col">保証契約番号</th>
                  <th scope="col">保証種類</th>
                  <th scope="col">工事名</th>
                  <th scope="col" className="num">金額</th>
                  <th scope="col">作成日</th>
                  <th scope="col">納付方法</th>
                  <th scope="col">PDF</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((s, index) => (
                  <tr key={s.id}>
                    <td>{result.firstRowNo + index}</td>
                    <td>
                      {FEE_STATEMENT_KIND_LABEL[s.kind]}（{s.reason}）{s.replacedById && <span className="muted">（訂正により差替え）</span>}
                    </td>
                    <td className="mono">{s.guarantee.contractNumber}</td>
                    <td>{KIND_SHORT[s.guarantee.kind]}</td>
                    <td>{s.guarantee.projectName}</td>
                    <td className="num">{formatYen(s.amount + s.tax)}</td>
                    <td>{formatDateBoth(s.issuedOn)}</td>
                    <td>{paymentLineOf(s)}</td>
                    <td>
                      <a href={`/netdesk/fee-statements/${s.id}`} aria-label={`${s.statementNumber} の${FEE_STATEMENT_KIND_LABEL[s.kind]}（PDF）`}>
                        ダウンロード
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <PageLinks page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        </section>
      )}

      <section aria-labelledby="fs-monthly-heading">
        <h2 id="fs-monthly-heading">一括納付の計算書（月ごと）</h2>
        {months.length === 0 ? (
          <p className="panel gl-empty">一括納付の計算書はありません。</p>
        ) : (
          <table className="data">
            <caption className="visually-hidden">一括納付の計算書</caption>
            <thead>
              <tr>
                <th scope="col">対象月</th>
                <th scope="col" className="num">件数</th>
                <th scope="col" className="num">請求額合計</th>
                <th scope="col">納付期限</th>
                <th scope="col">入金</th>
                <th scope="col">PDF</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={monthKey(m.month)}>
                  <td>{monthLabel(m.month)}</td>
                  <td className="num">{m.count}件</td>
                  <td className="num">{formatYen(m.total)}</td>
                  <td>{formatDateBoth(m.dueOn)}</td>
                  <td>{m.paidOn ? `入金済み（${formatWareki(m.paidOn)}）` : "未入金"}</td>
                  <td>
                    <a href={`/netdesk/fee-statements/monthly/${monthKey(m.month)}`} aria-label={`${monthLabel(m.month)}分の一括納付計算書（PDF）`}>
                      ダウンロード
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
