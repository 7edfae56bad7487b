import type { FieldSpec } from "@/components/action-form";
import type { OrderingBody } from "@/lib/db/client";
import { PREFECTURES } from "@/lib/domain/prefectures";

/** The fields of the ordering-body form, for a new body (defaults 4/10 and 1/10) or an existing one. */
export function orderingBodyFields(body?: OrderingBody): FieldSpec[] {
  return [
    { name: "name", label: "発注者名", required: true, defaultValue: body?.name ?? "", placeholder: "佐久市" },
    {
      name: "prefecture",
      label: "都道府県",
      type: "select",
      required: true,
      defaultValue: body?.prefecture ?? "",
      options: PREFECTURES.map((p) => ({ value: p, label: p })),
    },
    { name: "eGuaranteeEnabled", label: "電子保証に対応している", type: "checkbox", defaultValue: body?.eGuaranteeEnabled ?? false },
    {
      name: "keySubmissionEmail",
      label: "認証キーの提出先メールアドレス",
      type: "email",
      defaultValue: body?.keySubmissionEmail ?? "",
      hint: "請負者が「発注者へ提出」で認証キーのお知らせを送る宛先です。",
    },
    {
      name: "keyEmailSubjectTemplate",
      label: "提出メールの件名",
      defaultValue: body?.keyEmailSubjectTemplate ?? "",
      hint: "指定がある場合のみ。例: 契約保証（又は前払金保証）にかかる認証キー【案件名】の提出について",
    },
    { name: "advanceLimitNumerator", label: "前払金保証の上限（分子）", type: "number", required: true, size: "short", defaultValue: String(body?.advanceLimitNumerator ?? 4) },
    { name: "advanceLimitDenominator", label: "前払金保証の上限（分母）", type: "number", required: true, size: "short", defaultValue: String(body?.advanceLimitDenominator ?? 10) },
    { name: "contractMinNumerator", label: "契約保証の下限（分子）", type: "number", required: true, size: "short", defaultValue: String(body?.contractMinNumerator ?? 1) },
    { name: "contractMinDenominator", label: "契約保証の下限（分母）", type: "number", required: true, size: "short", defaultValue: String(body?.contractMinDenominator ?? 10) },
    { name: "active", label: "有効（申込で選択できる）", type: "checkbox", defaultValue: body?.active ?? true },
  ];
}
