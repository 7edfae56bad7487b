"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZForgotPassword } from "@/lib/schemas/account";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm schema={ZForgotPassword} action={action} defaultValues={{ email: "" }} submitLabel="再設定のご案内を送信" aria-label="パスワードの再設定">
      <TextField name="email" label="メールアドレス" type="email" required autoComplete="username" />
    </ActionForm>
  );
}
