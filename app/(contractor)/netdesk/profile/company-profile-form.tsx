"use client";
import { COMPANY_FORM_DEFAULTS, CompanyFields } from "@/components/company-fields";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { ZCompanyProfile } from "@/lib/schemas/account";

type Company = Record<keyof typeof COMPANY_FORM_DEFAULTS, string | null>;

/** お客様情報 → 会社の情報: saved values stay in the form. */
export function CompanyProfileForm({ company, action }: { company: Company; action: FormAction }) {
  const defaults = Object.fromEntries(Object.keys(COMPANY_FORM_DEFAULTS).map((k) => [k, company[k as keyof Company] ?? ""]));
  return (
    <ActionForm schema={ZCompanyProfile} action={action} defaultValues={defaults} submitLabel="保存する" className="form-grid-wrap" aria-label="会社の情報">
      <CompanyFields />
    </ActionForm>
  );
}
