import Link from "next/link";

// Inside the staff layout (which already has the header): an application or guarantee of another
// branch, or one that does not exist, looks the same — nobody learns that a record exists.
export default function StaffNotFound() {
  return (
    <main>
      <div className="panel">
        <h1>ページが見つかりません（404）</h1>
        <p>お探しの申込・保証は存在しないか、表示できません。</p>
        <p>
          <Link href="/staff">保証会社業務トップへ戻る</Link>
        </p>
      </div>
    </main>
  );
}
