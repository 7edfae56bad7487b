import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { PublicHeader } from "@/components/public-header";
import type { FormState } from "@/lib/forms/form-state";
import { SET_PASSWORD_FIELDS } from "./set-password-fields";

/** The page behind an invitation or reset link: the form, or why the link no longer works. */
export function TokenPasswordPage(props: {
  title: string;
  intro: string;
  email: string | null; // null: the link is not usable
  token: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
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
              <ActionForm action={props.action} submitLabel="パスワードを設定" hidden={{ token: props.token }} fields={SET_PASSWORD_FIELDS} />
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
