import type { Metadata } from "next";
import { HelpLink } from "@/components/help-link";
import { PageLinks } from "@/components/page-links";
import { requireContractor } from "@/lib/auth/guards";
import { guaranteeListQueryString, parseGuaranteeListQuery, type SearchParamsRecord } from "@/lib/schemas/guarantee-list-filter";
import { listContractorGuarantees } from "@/lib/server/guarantees/list-contractor-guarantees";
import { GuaranteeSearch } from "./guarantee-search";
import { GuaranteeTable } from "./guarantee-table";
import { GuaranteeTabs } from "./guarantee-tabs";
import { HistoryTabs } from "./history-tabs";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "保証契約一覧" };

export default async function GuaranteeListPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const actor = await requireContractor();
  const query = parseGuaranteeListQuery(await searchParams);
  const valid = Object.keys(query.errors).length === 0;
  const result = valid ? await listContractorGuarantees({ actor, filter: query.filter, page: query.page }) : null;
  const hrefFor = (page: number) => `/netdesk/guarantees${guaranteeListQueryString(query.filter, page)}`;

  return (
    <main className="guarantees">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証契約一覧" }]} />
      <HelpLink href="/netdesk/help/guarantees" label="保証契約一覧のヘルプ" />
      <h1>保証契約一覧</h1>
      <HistoryTabs current="guarantees" />
      <p className="muted">手続の進捗状況をまとめて確認できます。詳細ボタンをクリックすることにより、内容を確認できます。</p>

      <GuaranteeSearch companyName={actor.companyName} query={query} />
      <GuaranteeTabs current="guarantees" />

      {!valid && (
        <div className="alert alert--error" role="alert">
          検索条件に誤りがあります。各項目の説明をご確認ください。
        </div>
      )}
      {result && (
        <section className="gl-result" aria-labelledby="gl-result-heading">
          <h2 id="gl-result-heading" className="visually-hidden">
            検索結果
          </h2>
          <div className="gl-result__bar">
            <p className="gl-result__count" aria-live="polite">
              全{result.pageCount}ページ({result.total}件)中の{result.page}ページ目を表示しています
            </p>
            <a id="guarantee-download" className="button button--secondary gl-download" href={`/netdesk/guarantees/download${guaranteeListQueryString(query.filter)}`}>
              この条件の保証契約情報をダウンロード（CSV）
            </a>
          </div>
          {result.total === 0 ? (
            <p className="panel gl-empty">条件に合う保証契約はありません。</p>
          ) : (
            <GuaranteeTable rows={result.rows} firstRowNo={result.firstRowNo} />
          )}
          <PageLinks page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        </section>
      )}
    </main>
  );
}
