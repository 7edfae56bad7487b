import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "電子保証の確認" };

export default function VerifyPage() {
  return (
    <>
      <PublicHeader area="電子保証の確認" />
      <main>
        <h1>電子保証の確認（発注者の方へ）</h1>
        <p className="no-print">
          請負者から提出された「電子保証にかかる「認証キー」のお知らせ」に記載の保証契約番号と認証キーを入力し、「照会する」を押してください。
          電子保証（電子証書）の内容を表示します。
        </p>
        <VerifyForm />
        <p className="muted no-print">
          ダウンロードした電子証書の署名をお手元で確かめる方法は<Link href="/help/signature">ヘルプ「署名の確認」</Link>、よくある質問は
          <Link href="/qa">Q&amp;A</Link>をご覧ください。発注者のシステムから照会する場合は <Link href="/api-docs">電子保証 確認 API</Link> をご利用ください。
        </p>
      </main>
    </>
  );
}
