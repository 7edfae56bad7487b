"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { PASSWORD_HINT } from "@/components/set-password-form";
import { ZChangePassword } from "@/lib/schemas/account";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm schema={ZChangePassword} action={action} defaultValues={{ currentPassword: "", newPassword: "", newPasswordConfirm: "" }} submitLabel="変更する" resetOnSuccess aria-label="パスワード変更">
      <TextField name="currentPassword" label="現在のパスワード" type="password" required autoComplete="current-password" />
      <TextField name="newPassword" label="新しいパスワード" type="password" required autoComplete="new-password" hint={PASSWORD_HINT} />
      <TextField name="newPasswordConfirm" label="新しいパスワード（確認）" type="password" required autoComplete="new-password" />
    </ActionForm>
  );
}
