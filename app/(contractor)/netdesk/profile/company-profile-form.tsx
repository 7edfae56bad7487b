"use client";
import { COMPANY_CONTACT_DEFAULTS, COMPANY_REGISTERED_DEFAULTS, CompanyContactFields, CompanyRegisteredFields } from "@/components/company-fields";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { ZCompanyContact, ZCompanyRegisteredDetails } from "@/lib/schemas/account";

type Company = Record<keyof typeof COMPANY_CONTACT_DEFAULTS | keyof typeof COMPANY_REGISTERED_DEFAULTS, string | null>;

const valuesOf = (company: Company, defaults: Record<string, string>) =>
  Object.fromEntries(Object.keys(defaults).map((k) => [k, company[k as keyof Company] ?? ""]));

/** お客様情報 → 連絡先: saved directly; saved values stay in the form. */
export function CompanyContactForm({ company, action }: { company: Company; action: FormAction }) {
  return (
    <ActionForm schema={ZCompanyContact} action={action} defaultValues={valuesOf(company, COMPANY_CONTACT_DEFAULTS)} submitLabel="保存する" className="form-grid-wrap" aria-label="連絡先">
      <CompanyContactFields />
    </ActionForm>
  );
}

/** お客様情報 → 登録情報の変更申請: starts from what is registered; staff confirm the change. */
export function DetailsChangeRequestForm({ company, action }: { company: Company; action: FormAction }) {
  return (
    <ActionForm
      schema={ZCompanyRegisteredDetails}
      action={action}
      defaultValues={valuesOf(company, COMPANY_REGISTERED_DEFAULTS)}
      submitLabel="変更を申請する"
      confirmText="登録情報の変更を申請します。保証会社が確認するまで、保証証書には現在の登録内容が記載されます。よろしいですか？"
      className="form-grid-wrap"
      aria-label="登録情報の変更申請"
      idPrefix="details-"
    >
      <CompanyRegisteredFields />
    </ActionForm>
  );
}
