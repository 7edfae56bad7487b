import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicHeader } from "@/components/public-header";
import { getCurrentActor, homePathFor } from "@/lib/auth/guards";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "ログイン" };

export default async function LoginPage() {
  const actor = await getCurrentActor();
  if (actor) redirect(homePathFor(actor));
  return (
    <>
      <PublicHeader />
      <main className="login">
        <h1>ようこそ、ネットデスクへ</h1>
        <div className="panel">
          <LoginForm />
        </div>
        <ul className="login__links">
          <li>
            <Link href="/password/forgot">パスワードをお忘れの方</Link>
          </li>
          <li>
            <Link href="/ordering-bodies">電子保証対応の発注者一覧</Link>
          </li>
          <li>
            <Link href="/verify">発注者の方へ：電子保証の確認</Link>
          </li>
        </ul>
      </main>
    </>
  );
}
