"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inviteOrderingBodyUser } from "@/lib/server/accounts/invite-ordering-body-user";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 発注者マスタ: creates (no id) or updates an ordering body. */
export const saveOrderingBodyAction = serverAction({
  name: "ordering-body.save",
  role: "ADMINISTRATOR",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    await saveOrderingBody({ actor, id: input.id || undefined, input, request });
    revalidatePath("/admin/ordering-bodies");
    revalidatePath("/ordering-bodies");
    // A new body goes back to the list, where it now appears.
    if (!input.id) redirect("/admin/ordering-bodies?saved=1");
    return "保存しました。";
  },
});

/** 発注者のアカウント: invites a user of this ordering body (無効 / 有効に戻す: ../account-actions.ts). */
export const inviteOrderingBodyUserAction = serverAction({
  name: "user.invite",
  role: "ADMINISTRATOR",
  schema: formWith({ orderingBodyId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await inviteOrderingBodyUser({ actor, orderingBodyId: input.orderingBodyId, input, request });
    revalidatePath(`/admin/ordering-bodies/${input.orderingBodyId}`);
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});
