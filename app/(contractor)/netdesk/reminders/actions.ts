"use server";
// 保証申込のお勧め: 「表示しない」 of one reminder (top page and its own page).
import { revalidatePath } from "next/cache";
import { dismissReminder } from "@/lib/server/reminders/dismiss-reminder";
import { FORM, serverAction } from "@/lib/server/server-action";

export const dismissReminderAction = serverAction({
  name: "reminder.dismiss",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await dismissReminder({ actor, input, request });
    revalidatePath("/netdesk");
    revalidatePath("/netdesk/reminders");
    return "このお勧めを表示しないようにしました。";
  },
});
