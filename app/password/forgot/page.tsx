import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { PublicHeader } from "@/components/public-header";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "パスワードの再設定" };

export default function ForgotPasswordPage() {
  return (
    <>
      <PublicHeader />
      <main className="login">
        <h1>パスワードの再設定</h1>
        <p>ご登録のメールアドレスを入力してください。パスワード再設定用のリンク（有効期限1時間）をお送りします。</p>
        <div className="panel">
          <ActionForm
            action={requestPasswordResetAction}
            submitLabel="再設定のご案内を送信"
            fields={[{ name: "email", label: "メールアドレス", type: "email", required: true, autoComplete: "username" }]}
          />
        </div>
        <p>
          <Link href="/login">ログインページへ戻る</Link>
        </p>
      </main>
    </>
  );
}
