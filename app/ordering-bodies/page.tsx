import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { SearchForm } from "@/components/search-form";
import { PREFECTURES } from "@/lib/domain/prefectures";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { searchEGuaranteeOrderingBodies } from "@/lib/server/master-data/search-e-guarantee-ordering-bodies";

export const metadata: Metadata = { title: "電子保証対応の発注者一覧" };

// Public: the application form's notice links here (「電子保証対応の発注者はこちら」).
export default async function EGuaranteeOrderingBodiesPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const prefecture = firstParam(sp.prefecture);
  const name = firstParam(sp.name);
  const bodies = await searchEGuaranteeOrderingBodies({ prefecture, name });
  return (
    <>
      <PublicHeader />
      <main>
        <h1>電子保証対応の発注者一覧</h1>
        <p className="muted">電子保証（認証キー）による保証証書の提出に対応している発注者です。都道府県や名称で検索できます。</p>
        <SearchForm
          label="発注者の検索"
          select={{ name: "prefecture", label: "都道府県", value: prefecture, options: PREFECTURES.map((p) => ({ value: p, label: p })) }}
          text={{ name: "name", label: "発注者名（一部）", value: name, placeholder: "例: 佐久" }}
        />
        <h2>検索結果（{bodies.length.toLocaleString("ja-JP")}件）</h2>
        {bodies.length === 0 ? (
          <p className="panel">条件に合う発注者はありません。</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">都道府県</th>
                <th scope="col">発注者名</th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((b, i) => (
                <tr key={b.id}>
                  <td>{i + 1}</td>
                  <td>{b.prefecture}</td>
                  <td>{b.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <Link href="/login">ログインページへ</Link>
        </p>
      </main>
    </>
  );
}
