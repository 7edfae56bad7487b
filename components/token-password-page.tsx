import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import type { FormAction } from "@/components/form/action-form";
import { SetPasswordForm } from "./set-password-form";

/** The page behind an invitation or reset link: the form, or why the link no longer works. */
export function TokenPasswordPage(props: {
  title: string;
  intro: string;
  email: string | null; // null: the link is not usable
  token: string;
  action: FormAction;
  invalidMessage: string;
}) {
  return (
    <>
      <PublicHeader />
      <main className="login">
        <h1>{props.title}</h1>
        {props.email === null ? (
          <div className="panel" role="alert">
            <p>{props.invalidMessage}</p>
            <p>
              <Link href="/password/forgot">パスワードの再設定へ</Link>
            </p>
          </div>
        ) : (
          <>
            <p>{props.intro}</p>
            <div className="panel">
              <p>
                メールアドレス: <strong>{props.email}</strong>
              </p>
              <SetPasswordForm action={props.action} token={props.token} />
            </div>
          </>
        )}
        <p>
          <Link href="/login">ログインページへ</Link>
        </p>
      </main>
    </>
  );
}
