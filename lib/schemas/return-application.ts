// 差戻し: the message shown to the contractor as 「弊社からお客様へのお知らせ」.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess } from "./preprocess";
import { withoutNul } from "@/lib/domain/without-nul";

export const ZReturnApplication = z.object({
  message: preprocess(
    withoutNul,
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, "差戻しの理由（お客様へのお知らせ）を入力してください。"),
        z.maxLength(2000, "お客様へのお知らせは2,000文字以内で入力してください。"),
      ),
  ),
});
export type TReturnApplication = z.infer<typeof ZReturnApplication>;
