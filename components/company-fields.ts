import type { ContractorCompany } from "@/lib/db/client";
import type { FieldSpec } from "./action-form";

/** The company fields of お客様情報 and of 請負者の登録 (same names as ZCompanyProfile). */
export function companyFields(company?: Partial<ContractorCompany>, withContact = true): FieldSpec[] {
  const fields: FieldSpec[] = [
    { name: "name", label: "会社名", required: true, defaultValue: company?.name ?? "", placeholder: "〇〇建設 株式会社" },
    { name: "representativeName", label: "代表者", required: true, defaultValue: company?.representativeName ?? "", placeholder: "代表取締役 山田 一郎" },
    { name: "postalCode", label: "郵便番号", required: true, defaultValue: company?.postalCode ?? "", placeholder: "380-8537", size: "short", inputMode: "numeric" },
    { name: "address", label: "住所", required: true, defaultValue: company?.address ?? "" },
    { name: "phone", label: "電話番号", type: "tel", required: true, defaultValue: company?.phone ?? "", placeholder: "026-000-1111" },
    { name: "email", label: "代表メールアドレス", type: "email", required: true, defaultValue: company?.email ?? "" },
  ];
  if (!withContact) return fields;
  return [
    ...fields,
    { name: "contactDepartment", label: "連絡先 担当部署", defaultValue: company?.contactDepartment ?? "" },
    { name: "contactTitle", label: "連絡先 役職", defaultValue: company?.contactTitle ?? "" },
    { name: "contactName", label: "連絡先 担当者名", defaultValue: company?.contactName ?? "" },
    { name: "contactPhone", label: "連絡先 電話番号", type: "tel", defaultValue: company?.contactPhone ?? "" },
  ];
}

export const INVITE_FIELDS: FieldSpec[] = [
  { name: "name", label: "氏名", required: true, placeholder: "佐藤 花子" },
  { name: "email", label: "メールアドレス", type: "email", required: true },
];
