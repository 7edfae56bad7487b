"use client";
// The form behind an invitation or reset link: the new password twice; the link's token goes with it.
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZSetPassword } from "@/lib/schemas/account";

export const PASSWORD_HINT = "12文字以上。メールアドレスや、よく使われているパスワードは使えません。";

export function SetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  return (
    <ActionForm schema={ZSetPassword} action={action} hidden={{ token }} defaultValues={{ password: "", passwordConfirm: "" }} submitLabel="パスワードを設定" aria-label="パスワードの設定">
      <TextField name="password" label="新しいパスワード" type="password" required autoComplete="new-password" hint={PASSWORD_HINT} />
      <TextField name="passwordConfirm" label="新しいパスワード（確認）" type="password" required autoComplete="new-password" />
    </ActionForm>
  );
}
