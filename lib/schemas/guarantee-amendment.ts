// Forms of the staff's guarantee page: 変更 (増額 / 減額 / 保証期限変更), 訂正, 取消. The same schemas
// parse FormData on the server; the rules that need the stored guarantee (not below zero, not
// before the start, not on a cancelled guarantee) are checked by the use cases.
import { z } from "zod";

/** 円 as typed: full-width digits, commas and a trailing 円 are accepted (DOMAIN: convert, don't reject). */
const yen = (label: string) =>
  z
    .string()
    .transform((v) => v.normalize("NFKC").replace(/[,\s円]/g, ""))
    .pipe(z.string().regex(/^[0-9]{1,15}$/, `${label}は半角または全角の数字（円単位）で入力してください。`))
    .transform((v) => BigInt(v));

/** A date from <input type="date"> (YYYY-MM-DD) or typed as YYYYMMDD; 20260231 is refused, not rolled over. */
const date = (label: string) =>
  z
    .string()
    .transform((v) => v.normalize("NFKC").trim().replace(/[-/]/g, ""))
    .pipe(z.string().regex(/^\d{8}$/, `${label}を入力してください（例: 20261231）。`))
    .refine((v) => {
      const d = new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(4, 6)) - 1, Number(v.slice(6, 8))));
      return d.toISOString().slice(0, 10).replace(/-/g, "") === v;
    }, `${label}が正しい日付ではありません。`)
    .transform((v) => new Date(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T00:00:00Z`));

const reason = z.string().trim().max(500, "理由は500文字以内で入力してください。").default("");

export const ZAmendGuarantee = z.discriminatedUnion("changeType", [
  z.object({ changeType: z.literal("INCREASE"), amount: yen("増額する金額"), reason }),
  z.object({ changeType: z.literal("DECREASE"), amount: yen("減額する金額"), reason }),
  z.object({ changeType: z.literal("TERM_CHANGE"), termTo: date("変更後の保証期限"), reason }),
]);
export type TAmendGuarantee = z.infer<typeof ZAmendGuarantee>;

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}は${max}文字以内で入力してください。`).transform((v) => (v === "" ? null : v));

export const ZCorrectGuarantee = z.object({
  projectName: z.string().trim().min(1, "工事名を入力してください。").max(200, "工事名は200文字以内で入力してください。"),
  projectLocation: optionalText(200, "工事場所"),
  jvName: optionalText(200, "JV名"),
  depositBank: optionalText(100, "預託金融機関"),
  guaranteeAmount: yen("保証金額"),
  termFrom: date("保証期間の開始日"),
  termTo: date("保証期間の終了日"),
  reason: z.string().trim().min(1, "訂正の理由を入力してください。").max(500, "理由は500文字以内で入力してください。"),
});
export type TCorrectGuarantee = z.infer<typeof ZCorrectGuarantee>;

export const ZCancelGuarantee = z.object({
  reason: z.string().trim().min(1, "取消の理由を入力してください。").max(500, "理由は500文字以内で入力してください。"),
});

/** zod issues → { field: first Japanese message }, for errors shown next to each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
