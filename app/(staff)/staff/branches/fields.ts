import type { FieldSpec } from "@/components/action-form";
import type { Branch } from "@/lib/db/client";

export function branchFields(branch?: Branch): FieldSpec[] {
  return [
    { name: "name", label: "支店名", required: true, defaultValue: branch?.name ?? "", placeholder: "長野支店" },
    {
      name: "officeCode",
      label: "事務所コード（5桁）",
      required: true,
      size: "short",
      inputMode: "numeric",
      defaultValue: branch?.officeCode ?? "",
      hint: "保証契約番号の先頭5桁（例: 37071-00000M の 37071）。発行後は変更できません。",
    },
    { name: "postalCode", label: "郵便番号", required: true, size: "short", defaultValue: branch?.postalCode ?? "", placeholder: "380-0836" },
    { name: "address", label: "住所", required: true, defaultValue: branch?.address ?? "" },
    { name: "phone", label: "電話番号", type: "tel", required: true, defaultValue: branch?.phone ?? "" },
    { name: "email", label: "メールアドレス", type: "email", required: true, defaultValue: branch?.email ?? "" },
    { name: "active", label: "有効（申込送信先に表示する）", type: "checkbox", defaultValue: branch?.active ?? true },
  ];
}
