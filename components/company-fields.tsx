"use client";
// The company fields of お客様情報 and of 請負者の登録 (the names of ZCompanyRegisteredDetails and
// ZCompanyContact, which ZCompanyProfile joins). お客様情報 shows them as two forms: the registered
// details (変更の申請, confirmed by staff) and the contact details (saved directly).
import { TextField } from "@/components/form/inputs";

export const COMPANY_REGISTERED_DEFAULTS = { name: "", representativeName: "", postalCode: "", address: "" };
export const COMPANY_CONTACT_DEFAULTS = { phone: "", email: "", contactDepartment: "", contactTitle: "", contactName: "", contactPhone: "" };
export const COMPANY_FORM_DEFAULTS = { ...COMPANY_REGISTERED_DEFAULTS, ...COMPANY_CONTACT_DEFAULTS };

/** 会社名・代表者・所在地 */
export function CompanyRegisteredFields() {
  return (
    <>
      <TextField name="name" label="会社名" required placeholder="〇〇建設 株式会社" />
      <TextField name="representativeName" label="代表者" required placeholder="代表取締役 山田 一郎" />
      <TextField name="postalCode" label="郵便番号" required placeholder="380-8537" size="s" inputMode="numeric" />
      <TextField name="address" label="住所" required size="l" />
    </>
  );
}

/** 電話番号, 代表メールアドレス and (withContact) the 連絡先 the application form starts from. */
export function CompanyContactFields({ withContact = true }: { withContact?: boolean }) {
  return (
    <>
      <TextField name="phone" label="電話番号" type="tel" required placeholder="026-000-1111" />
      <TextField name="email" label="代表メールアドレス" type="email" required size="l" />
      {withContact && (
        <>
          <TextField name="contactDepartment" label="連絡先 担当部署" />
          <TextField name="contactTitle" label="連絡先 役職" />
          <TextField name="contactName" label="連絡先 担当者名" />
          <TextField name="contactPhone" label="連絡先 電話番号" type="tel" />
        </>
      )}
    </>
  );
}

/** Every company field: 請負者の登録. */
export function CompanyFields({ withContact = true }: { withContact?: boolean }) {
  return (
    <>
      <CompanyRegisteredFields />
      <CompanyContactFields withContact={withContact} />
    </>
  );
}
