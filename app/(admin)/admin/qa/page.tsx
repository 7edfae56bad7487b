import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { HELP_SCREEN_LABEL, isHelpScreen } from "@/lib/domain/help-screens";
import { listQaEntries } from "@/lib/server/qa/list-qa-entries";

export const metadata: Metadata = { title: "Q&Aの編集" };

export default async function AdminQaPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireAdministrator();
  const [entries, { saved }] = await Promise.all([listQaEntries({ actor }), searchParams]);
  return (
    <main>
      <p>
        <Link href="/admin">← 本店管理トップ</Link>
      </p>
      <h1>Q&amp;Aの編集</h1>
      <p className="muted">
        請負者のメニュー（Q&amp;A）と発注者向けの公開ページ（<Link href="/qa">/qa</Link>）に表示する質問と回答です。
      </p>
      {saved && (
        <div className="alert alert--info" role="status">
          質問を登録しました。
        </div>
      )}
      <div className="page-actions">
        <Link className="button" href="/admin/qa/new">
          質問を登録
        </Link>
      </div>
      <table className="data" aria-label="Q&Aの一覧">
        <thead>
          <tr>
            <th scope="col">表示順</th>
            <th scope="col">分類</th>
            <th scope="col">質問</th>
            <th scope="col">関連する画面</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.sortOrder}</td>
              <td>{e.category}</td>
              <td>
                <Link href={`/admin/qa/${e.id}`}>{e.question}</Link>
              </td>
              <td>{isHelpScreen(e.screen) ? HELP_SCREEN_LABEL[e.screen] : "―"}</td>
              <td>{e.published ? <span className="status">公開</span> : <span className="status status--off">非公開</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
