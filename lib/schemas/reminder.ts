// 「表示しない」 of one 保証申込のお勧め: the reminder's key as the page showed it.
import { z } from "zod";
import "./japanese-errors";

export const ZDismissReminder = z.object({ reminderKey: z.string().min(1).max(200) });
export type TDismissReminder = z.infer<typeof ZDismissReminder>;
