import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { listOrderingBodies } from "@/lib/server/master-data/list-ordering-bodies";

export const metadata: Metadata = { title: "発注者マスタ" };

export default async function OrderingBodiesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireAdministrator();
  const [bodies, { saved }] = await Promise.all([listOrderingBodies({ actor }), searchParams]);
  return (
    <main>
      <h1>発注者マスタ</h1>
      {saved && (
        <div className="alert alert--info" role="status">
          発注者を登録しました。
        </div>
      )}
      <div className="page-actions">
        <Link className="button" href="/admin/ordering-bodies/new">
          発注者を登録
        </Link>
        <Link href="/ordering-bodies">公開ページ（電子保証対応の発注者一覧）</Link>
      </div>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">都道府県</th>
            <th scope="col">発注者名</th>
            <th scope="col">電子保証</th>
            <th scope="col">認証キー提出先</th>
            <th scope="col">前払上限</th>
            <th scope="col">契約保証下限</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.id}>
              <td>{b.prefecture}</td>
              <td>
                <Link href={`/admin/ordering-bodies/${b.id}`}>{b.name}</Link>
              </td>
              <td>{b.eGuaranteeEnabled ? "対応" : "未対応"}</td>
              <td>{b.keySubmissionEmail ?? "—"}</td>
              <td>
                {b.advanceLimitNumerator}/{b.advanceLimitDenominator}
              </td>
              <td>
                {b.contractMinNumerator}/{b.contractMinDenominator}
              </td>
              <td>{b.active ? <span className="status">有効</span> : <span className="status status--off">無効</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
