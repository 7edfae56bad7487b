"use client";
import { COMPANY_FORM_DEFAULTS, CompanyFields } from "@/components/company-fields";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZRegisterContractor } from "@/lib/schemas/account";

/** 請負者の登録: the company and its first user; the fields clear once the invitation is on its way. */
export function RegisterContractorForm({ action }: { action: FormAction }) {
  return (
    <ActionForm
      schema={ZRegisterContractor}
      action={action}
      defaultValues={{ ...COMPANY_FORM_DEFAULTS, userName: "", userEmail: "" }}
      submitLabel="登録して招待メールを送信"
      resetOnSuccess
      aria-label="新しい請負者の登録"
    >
      <CompanyFields withContact={false} />
      <TextField name="userName" label="最初のユーザーの氏名" required />
      <TextField name="userEmail" label="最初のユーザーのメールアドレス" type="email" required size="l" />
    </ActionForm>
  );
}
