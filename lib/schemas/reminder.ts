// 「表示しない」 of one 保証申込のお勧め: the reminder's key as the page showed it.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess } from "./preprocess";

export const ZDismissReminder = z.object({ reminderKey: z.string().check(z.minLength(1), z.maxLength(200)) });
export type TDismissReminder = z.infer<typeof ZDismissReminder>;

/** お客様情報: 保証申込のお勧めを毎週メールで受け取る (to the company's 代表メールアドレス). */
export const ZReminderDigest = z.object({ reminderDigestWanted: preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()) });
export type TReminderDigest = z.infer<typeof ZReminderDigest>;
