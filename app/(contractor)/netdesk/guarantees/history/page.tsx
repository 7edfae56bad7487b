import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HelpLink } from "@/components/help-link";
import { PageLinks } from "@/components/page-links";
import { requireContractor } from "@/lib/auth/guards";
import { CHANGE_TYPE_LABEL, PRODUCT_NAME, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { guaranteeListQueryString, parseGuaranteeListQuery, type SearchParamsRecord } from "@/lib/schemas/guarantee-list-filter";
import { listContractorCertificateHistory } from "@/lib/server/guarantees/list-contractor-certificate-history";
import { CertificateLink } from "../[guaranteeId]/certificate-link";
import { GuaranteeSearch } from "../guarantee-search";
import { HistoryTabs } from "../history-tabs";

export const metadata: Metadata = { title: "電子保証履歴一覧" };

export default async function CertificateHistoryPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const actor = await requireContractor();
  const query = parseGuaranteeListQuery(await searchParams);
  const valid = Object.keys(query.errors).length === 0;
  const result = valid ? await listContractorCertificateHistory({ actor, filter: query.filter, page: query.page }) : null;
  const hrefFor = (page: number) => `/netdesk/guarantees/history${guaranteeListQueryString(query.filter, page)}`;

  return (
    <main className="guarantees">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証契約一覧", href: "/netdesk/guarantees" }, { label: "電子保証履歴一覧" }]} />
      <HelpLink href="/netdesk/help/guarantees" label="保証契約一覧のヘルプ" />
      <h1>電子保証履歴一覧</h1>
      <HistoryTabs current="history" />
      <p className="muted">
        電子保証の発行・変更・取消の履歴を新しい順に表示しています。※訂正、変更取消された履歴は表示されません。電子保証発行日時とは、発注者が保証証書を確認するシステム（プラットフォーム）に保証証書が到着した日時のことです。
      </p>
      <GuaranteeSearch companyName={actor.companyName} query={query} action="/netdesk/guarantees/history" periodLabel="期間（電子保証発行日時）" />
      {!valid && (
        <div className="alert alert--error" role="alert">
          検索条件に誤りがあります。各項目の説明をご確認ください。
        </div>
      )}
      {result && (
        <section className="gl-result" aria-labelledby="gh-result-heading">
          <h2 id="gh-result-heading" className="visually-hidden">
            検索結果
          </h2>
          <p className="gl-result__count" aria-live="polite">
            全{result.pageCount}ページ({result.total}件)中の{result.page}ページ目を表示しています
          </p>
          {result.total === 0 ? (
            <p className="panel gl-empty">条件に合う電子保証の履歴はありません。</p>
          ) : (
            <div className="table-scroll">
              <table className="data gh-table" aria-label="電子保証履歴一覧">
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">電子保証発行日時</th>
                    <th scope="col">保証契約番号</th>
                    <th scope="col">商品名</th>
                    <th scope="col">工事名</th>
                    <th scope="col">対象</th>
                    <th scope="col">電子保証</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row, index) => (
                    <tr key={`${row.guaranteeId}-${row.versionNo}`}>
                      <td className="num">{result.firstRowNo + index}</td>
                      <td className="nowrap">{formatDateTimeJst(row.issuedAt)}</td>
                      <td className="gl-number nowrap">
                        <Link href={`/netdesk/guarantees/${row.guaranteeId}`}>{row.contractNumber}</Link>
                      </td>
                      <td className="nowrap">{PRODUCT_NAME[row.guaranteeKind]}</td>
                      <td>{row.projectName}</td>
                      <td className="nowrap">
                        {VERSION_KIND_LABEL[row.kind]}
                        {row.changeType && `（${CHANGE_TYPE_LABEL[row.changeType]}）`}
                      </td>
                      <td>
                        <CertificateLink
                          href={`/netdesk/guarantees/${row.guaranteeId}/certificates/${row.versionNo}`}
                          label={`${row.contractNumber} の${formatDateTimeJst(row.issuedAt)}の電子証書を別ウィンドウで表示`}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <PageLinks page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        </section>
      )}
    </main>
  );
}
