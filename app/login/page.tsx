import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicHeader } from "@/components/public-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/guards";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "ログイン" };

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  return (
    <>
      <PublicHeader />
      <main className="login">
        <h1>ようこそ、ネットデスクへ</h1>
        <div className="panel">
          <LoginForm />
        </div>
        <p>
          <Link href="/verify">発注者の方へ：電子保証の確認</Link>
        </p>
      </main>
    </>
  );
}
