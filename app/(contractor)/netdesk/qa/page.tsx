import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { QaList } from "@/components/qa-list";
import { requireContractor } from "@/lib/auth/guards";
import { isHelpScreen } from "@/lib/domain/help-screens";
import { listPublishedQaEntries } from "@/lib/server/qa/list-published-qa-entries";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Q&A" };

export default async function ContractorQaPage({ searchParams }: { searchParams: SearchParams }) {
  await requireContractor();
  const sp = await searchParams;
  const query = firstParam(sp.q);
  const category = firstParam(sp.category);
  const screen = firstParam(sp.screen);
  const listing = await listPublishedQaEntries({ query, category, screen });
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "Q&A" }]} />
      <h1>Q&amp;A</h1>
      <p className="muted">よくいただく質問と回答です。キーワードで検索できます（全角・半角、ひらがな・カタカナは区別しません）。</p>
      <QaList basePath="/netdesk/qa" entries={listing.entries} categories={listing.categories} query={query} category={category} screen={isHelpScreen(screen) ? screen : undefined} />
    </main>
  );
}
