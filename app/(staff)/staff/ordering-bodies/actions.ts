"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 発注者マスタ: creates (no id) or updates an ordering body. */
export const saveOrderingBodyAction = serverAction({
  name: "ordering-body.save",
  role: "SURETY_STAFF",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    await saveOrderingBody({ actor, id: input.id || undefined, input, request });
    revalidatePath("/staff/ordering-bodies");
    revalidatePath("/ordering-bodies");
    // A new body goes back to the list, where it now appears.
    if (!input.id) redirect("/staff/ordering-bodies?saved=1");
    return "保存しました。";
  },
});
