import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { listBranches } from "@/lib/server/master-data/list-branches";

export const metadata: Metadata = { title: "支店マスタ" };

export default async function BranchesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireAdministrator();
  const [branches, { saved }] = await Promise.all([listBranches({ actor }), searchParams]);
  return (
    <main>
      <h1>支店マスタ</h1>
      {saved && (
        <div className="alert alert--info" role="status">
          支店を登録しました。
        </div>
      )}
      <div className="page-actions">
        <Link className="button" href="/admin/branches/new">
          支店を登録
        </Link>
      </div>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">事務所コード</th>
            <th scope="col">支店名</th>
            <th scope="col">住所・電話</th>
            <th scope="col">メールアドレス</th>
            <th scope="col">担当者</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {branches.map((b) => (
            <tr key={b.id}>
              <td>{b.officeCode}</td>
              <td>
                <Link href={`/admin/branches/${b.id}`}>{b.name}</Link>
              </td>
              <td>
                〒{b.postalCode} {b.address}
                <br />
                {b.phone}
              </td>
              <td>{b.email}</td>
              <td>{b._count.staff}名</td>
              <td>{b.active ? <span className="status">有効</span> : <span className="status status--off">無効</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
