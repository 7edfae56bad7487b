// Forms of the staff's guarantee page: 変更 (増額 / 減額 / 保証期限変更), 訂正, 取消. The same schemas
// parse FormData on the server; the rules that need the stored guarantee (not below zero, not
// before the start, not on a cancelled guarantee) are checked by the use cases.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess, reject } from "./preprocess";
import { parseDateInput } from "@/lib/domain/date-input";
import { dateOfYmd } from "@/lib/domain/wareki";
import { withoutNul } from "@/lib/domain/without-nul";
import { parseYenAmount } from "@/lib/domain/yen";

/** 円 as typed, read by the same rules as the application form (lib/domain/yen.ts): full-width
 * digits, thousands separators and a trailing 円 are accepted (docs/DOMAIN.md 「The rules」: convert, don't reject). Zero
 * passes here: the use cases refuse it with a message that names the amendment. */
export const yen = (label: string) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseYenAmount(raw);
      if (parsed.ok) return parsed.value;
      if (parsed.problem === "zero") return 0n;
      return reject(ctx, `${label}は半角または全角の数字（円単位）で入力してください。`);
    }),
  );

/** A date from <input type="date"> (YYYY-MM-DD) or typed as YYYYMMDD / YYYY/MM/DD (lib/domain/date-input.ts); 20260231 is refused, not rolled over. */
export const date = (label: string) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseDateInput(raw);
      if (parsed.ok) return dateOfYmd(parsed.value);
      return reject(ctx, parsed.problem === "format" ? `${label}を入力してください（例: 20261231）。` : `${label}が正しい日付ではありません。`);
    }),
  );

const reason = preprocess(withoutNul, z._default(z.string().check(z.trim(), z.maxLength(500, "理由は500文字以内で入力してください。")), ""));

export const ZAmendGuarantee = z.discriminatedUnion("changeType", [
  z.object({ changeType: z.literal("INCREASE"), amount: yen("増額する金額"), reason }),
  z.object({ changeType: z.literal("DECREASE"), amount: yen("減額する金額"), reason }),
  z.object({ changeType: z.literal("TERM_CHANGE"), termTo: date("変更後の保証期限"), reason }),
]);
export type TAmendGuarantee = z.infer<typeof ZAmendGuarantee>;

const optionalText = (max: number, label: string) =>
  preprocess(
    withoutNul,
    z.pipe(
      z.string().check(z.trim(), z.maxLength(max, `${label}は${max}文字以内で入力してください。`)),
      z.transform((v: string) => (v === "" ? null : v)),
    ),
  );

export const ZCorrectGuarantee = z.object({
  projectName: preprocess(withoutNul, z.string().check(z.trim(), z.minLength(1, "工事名を入力してください。"), z.maxLength(200, "工事名は200文字以内で入力してください。"))),
  projectLocation: optionalText(200, "工事場所"),
  jvName: optionalText(200, "JV名"),
  depositBank: optionalText(100, "預託金融機関"),
  guaranteeAmount: yen("保証金額"),
  termFrom: date("保証期間の開始日"),
  termTo: date("保証期間の終了日"),
  reason: preprocess(withoutNul, z.string().check(z.trim(), z.minLength(1, "訂正の理由を入力してください。"), z.maxLength(500, "理由は500文字以内で入力してください。"))),
});
export type TCorrectGuarantee = z.infer<typeof ZCorrectGuarantee>;

export const ZCancelGuarantee = z.object({
  reason: preprocess(withoutNul, z.string().check(z.trim(), z.minLength(1, "取消の理由を入力してください。"), z.maxLength(500, "理由は500文字以内で入力してください。"))),
});
