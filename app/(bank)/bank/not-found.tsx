import Link from "next/link";

// Inside the bank layout: another branch's request, or one that does not exist, looks the same.
export default function BankNotFound() {
  return (
    <main>
      <div className="panel">
        <h1>ページが見つかりません（404）</h1>
        <p>お探しの払出依頼・書類は存在しないか、表示できません。</p>
        <p>
          <Link href="/bank">払出依頼の受付トップへ戻る</Link>
        </p>
      </div>
    </main>
  );
}
