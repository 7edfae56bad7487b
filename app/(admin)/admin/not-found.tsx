import Link from "next/link";

// Inside the admin layout (which already has the header): a branch or ordering body that does not exist.
export default function AdministratorNotFound() {
  return (
    <main>
      <div className="panel">
        <h1>ページが見つかりません（404）</h1>
        <p>お探しの支店・発注者は存在しないか、表示できません。</p>
        <p>
          <Link href="/admin">本店管理トップへ戻る</Link>
        </p>
      </div>
    </main>
  );
}
