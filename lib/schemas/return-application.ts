// 差戻し: the message shown to the contractor as 「弊社からお客様へのお知らせ」.
import { z } from "zod";
import "./japanese-errors";
import { withoutNul } from "@/lib/domain/without-nul";

export const ZReturnApplication = z.object({
  message: z.preprocess(
    withoutNul,
    z
      .string()
      .trim()
      .min(1, "差戻しの理由（お客様へのお知らせ）を入力してください。")
      .max(2000, "お客様へのお知らせは2,000文字以内で入力してください。"),
  ),
});
export type TReturnApplication = z.infer<typeof ZReturnApplication>;
