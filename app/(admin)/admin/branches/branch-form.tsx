"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { CheckboxField, TextField } from "@/components/form/inputs";
import { DEFAULT_OPENING_HOURS, ZBranch } from "@/lib/schemas/master-data";

type Branch = { id: string; name: string; officeCode: string; postalCode: string; address: string; phone: string; email: string; openingHours: string; active: boolean };

/** 支店マスタ: a new branch (no `branch`) or an existing one. */
export function BranchForm({ branch, action }: { branch?: Branch; action: FormAction }) {
  const defaults = {
    name: branch?.name ?? "", officeCode: branch?.officeCode ?? "", postalCode: branch?.postalCode ?? "", address: branch?.address ?? "",
    phone: branch?.phone ?? "", email: branch?.email ?? "", openingHours: branch?.openingHours ?? DEFAULT_OPENING_HOURS, active: branch?.active ?? true,
  };
  return (
    <ActionForm schema={ZBranch} action={action} hidden={branch ? { id: branch.id } : undefined} defaultValues={defaults} submitLabel={branch ? "保存する" : "登録する"} aria-label="支店">
      <TextField name="name" label="支店名" required placeholder="長野支店" />
      <TextField name="officeCode" label="事務所コード（5桁）" required size="s" inputMode="numeric" hint="保証契約番号の先頭5桁（例: 37071-00000M の 37071）。発行後は変更できません。" />
      <TextField name="postalCode" label="郵便番号" required size="s" placeholder="380-0836" />
      <TextField name="address" label="住所" required size="l" />
      <TextField name="phone" label="電話番号" type="tel" required />
      <TextField name="email" label="メールアドレス" type="email" required size="l" />
      <TextField name="openingHours" label="受付時間" required size="l" hint="「営業部・支店のお問い合わせ先」に電話番号と並べて表示します。" />
      <CheckboxField name="active" label="有効（申込送信先に表示する）" />
    </ActionForm>
  );
}
