import Link from "next/link";
import { PublicHeader } from "@/components/public-header";

export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <main>
        <div className="panel">
          <h1>ページが見つかりません（404）</h1>
          <p>お探しのページは存在しないか、表示できません。</p>
          <p>
            <Link href="/">トップページへ戻る</Link>
          </p>
        </div>
      </main>
    </>
  );
}
