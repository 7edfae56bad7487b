import Link from "next/link";
import { PublicHeader } from "@/components/public-header";

export default function Forbidden() {
  return (
    <>
      <PublicHeader />
      <main>
        <div className="panel" role="alert">
          <h1>このページを表示する権限がありません（403）</h1>
          <p>ご利用のアカウントでは、このページは表示できません。別のアカウントでログインするか、トップページへお戻りください。</p>
          <p>
            <Link href="/">トップページへ戻る</Link>
          </p>
        </div>
      </main>
    </>
  );
}
