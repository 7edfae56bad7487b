import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { PREFECTURES } from "@/lib/domain/prefectures";
import { searchEGuaranteeOrderingBodies } from "@/lib/server/master-data/search-e-guarantee-ordering-bodies";

export const metadata: Metadata = { title: "電子保証対応の発注者一覧" };

type Search = { prefecture?: string; name?: string };

// Public: the application form's notice links here (「電子保証対応の発注者はこちら」).
export default async function EGuaranteeOrderingBodiesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { prefecture, name } = await searchParams;
  const bodies = await searchEGuaranteeOrderingBodies({ prefecture, name });
  return (
    <>
      <PublicHeader />
      <main>
        <h1>電子保証対応の発注者一覧</h1>
        <p className="muted">電子保証（認証キー）による保証証書の提出に対応している発注者です。都道府県や名称で検索できます。</p>
        <form className="panel search-form" method="get" role="search" aria-label="発注者の検索">
          <div className="form-row">
            <label htmlFor="prefecture">都道府県</label>
            <select id="prefecture" name="prefecture" defaultValue={prefecture ?? ""}>
              <option value="">すべて</option>
              {PREFECTURES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor="name">発注者名（一部）</label>
            <input id="name" name="name" type="text" defaultValue={name ?? ""} placeholder="例: 佐久" />
          </div>
          <button className="button" type="submit">
            検索
          </button>
        </form>
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
