import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { requestPasswordResetAction } from "./actions";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "パスワードの再設定" };

export default function ForgotPasswordPage() {
  return (
    <>
      <PublicHeader />
      <main className="login">
        <h1>パスワードの再設定</h1>
        <p>ご登録のメールアドレスを入力してください。パスワード再設定用のリンク（有効期限1時間）をお送りします。</p>
        <div className="panel">
          <ForgotPasswordForm action={requestPasswordResetAction} />
        </div>
        <p>
          <Link href="/login">ログインページへ戻る</Link>
        </p>
      </main>
    </>
  );
}
