"use client";
// The company fields of お客様情報 and of 請負者の登録 (the names of ZCompanyProfile).
import { TextField } from "@/components/form/inputs";

export const COMPANY_FORM_DEFAULTS = {
  name: "", representativeName: "", postalCode: "", address: "", phone: "", email: "",
  contactDepartment: "", contactTitle: "", contactName: "", contactPhone: "",
};

export function CompanyFields({ withContact = true }: { withContact?: boolean }) {
  return (
    <>
      <TextField name="name" label="会社名" required placeholder="〇〇建設 株式会社" />
      <TextField name="representativeName" label="代表者" required placeholder="代表取締役 山田 一郎" />
      <TextField name="postalCode" label="郵便番号" required placeholder="380-8537" size="s" inputMode="numeric" />
      <TextField name="address" label="住所" required size="l" />
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
