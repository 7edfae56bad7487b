import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { QaList } from "@/components/qa-list";
import { isHelpScreen } from "@/lib/domain/help-screens";
import { listPublishedQaEntries } from "@/lib/server/qa/list-published-qa-entries";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Q&A よくある質問" };

// Public: ordering bodies read the same Q&A as contractors, without an account.
export default async function PublicQaPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const query = firstParam(sp.q);
  const category = firstParam(sp.category);
  const screen = firstParam(sp.screen);
  const listing = await listPublishedQaEntries({ query, category, screen });
  return (
    <>
      <PublicHeader area="Q&A" />
      <main>
        <h1>Q&amp;A よくある質問</h1>
        <p className="muted">
          電子保証・保証申込についてよくいただく質問です。発注者の方の電子保証の確認は<Link href="/verify">電子保証の確認</Link>、署名の確認方法は
          <Link href="/help/signature">ヘルプ「署名の確認」</Link>をご覧ください。
        </p>
        <QaList basePath="/qa" entries={listing.entries} categories={listing.categories} query={query} category={category} screen={isHelpScreen(screen) ? screen : undefined} />
      </main>
    </>
  );
}
