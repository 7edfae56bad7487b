"use server";
// Q&A の編集 (本店の管理者): one entry, created or updated.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveQaEntry } from "@/lib/server/qa/save-qa-entry";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const saveQaEntryAction = serverAction({
  name: "qa-entry.save",
  role: "ADMINISTRATOR",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    await saveQaEntry({ actor, id: input.id || undefined, input, request });
    revalidatePath("/admin/qa");
    revalidatePath("/qa");
    revalidatePath("/netdesk/qa");
    if (!input.id) redirect("/admin/qa?saved=1");
    return "保存しました。";
  },
});
