import Link from "next/link";

// Inside the contractor area (its header is already shown): a missing guarantee and another company's
// guarantee look the same.
export default function GuaranteeNotFound() {
  return (
    <main>
      <div className="panel">
        <h1>ページが見つかりません（404）</h1>
        <p>お探しの保証契約は存在しないか、表示できません。</p>
        <p>
          <Link href="/netdesk/guarantees">保証契約一覧へ戻る</Link>
        </p>
      </div>
    </main>
  );
}
