"use client";
// ユーザーの招待 (a colleague of the company, or staff of a branch): name and address; the fields clear
// once the invitation is on its way.
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZInviteUser } from "@/lib/schemas/account";

export function InviteUserForm({ action, hidden, idPrefix = "invite-" }: { action: FormAction; hidden?: Record<string, string>; /** Where a page has several (one per bank branch). */ idPrefix?: string }) {
  return (
    <ActionForm schema={ZInviteUser} action={action} hidden={hidden} defaultValues={{ name: "", email: "" }} submitLabel="招待メールを送信" resetOnSuccess idPrefix={idPrefix} aria-label="ユーザーの招待">
      <TextField name="name" label="氏名" required placeholder="佐藤 花子" />
      <TextField name="email" label="メールアドレス" type="email" required />
    </ActionForm>
  );
}
