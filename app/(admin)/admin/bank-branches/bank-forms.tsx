"use client";
// 預託金融機関の登録 and the mapping of a 預託金融機関 text (as applications wrote it) to a branch.
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/inputs";
import { ZBankBranch, ZLinkDepositBank } from "@/lib/schemas/bank-branch";
import { linkDepositBankAction, saveBankBranchAction } from "./actions";

export function BankBranchForm() {
  return (
    <ActionForm schema={ZBankBranch} action={saveBankBranchAction} defaultValues={{ bankName: "", branchName: "" }} submitLabel="登録する" resetOnSuccess idPrefix="bank-" aria-label="預託金融機関の登録">
      <TextField name="bankName" label="金融機関名" required placeholder="〇〇銀行" />
      <TextField name="branchName" label="支店名" required placeholder="××支店" hint="「〇〇銀行　××支店」と記載された保証は、登録と同時にこの支店に対応付けられます。" />
    </ActionForm>
  );
}

export function LinkDepositBankForm({ index, text, branches }: { index: number; text: string; branches: { id: string; name: string }[] }) {
  return (
    <ActionForm
      schema={ZLinkDepositBank}
      action={linkDepositBankAction}
      hidden={{ text }}
      defaultValues={{ text, bankBranchId: "" }}
      submitLabel="対応付ける"
      submitAriaLabel={`${text} を対応付ける`}
      className="inline-form"
      idPrefix={`link-${index}-`}
      aria-label={`${text} の対応付け`}
    >
      <SelectField name="bankBranchId" label="預託金融機関" options={[{ value: "", label: "選択してください" }, ...branches.map((b) => ({ value: b.id, label: b.name }))]} />
    </ActionForm>
  );
}
