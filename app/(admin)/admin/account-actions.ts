"use server";
// The accounts 本店の管理者 manage (branch staff, ordering-body users, administrators): 無効にする and
// 有効に戻す, on whichever admin page lists them.
import { revalidatePath } from "next/cache";
import { deactivateManagedUser } from "@/lib/server/accounts/deactivate-managed-user";
import { reactivateManagedUser } from "@/lib/server/accounts/reactivate-managed-user";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const deactivateAccountAction = serverAction({
  name: "user.deactivate",
  role: "ADMINISTRATOR",
  schema: formWith({ userId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await deactivateManagedUser({ actor, userId: input.userId, request });
    revalidatePath("/admin", "layout");
    return "無効にしました。";
  },
});

export const reactivateAccountAction = serverAction({
  name: "user.reactivate",
  role: "ADMINISTRATOR",
  schema: formWith({ userId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await reactivateManagedUser({ actor, userId: input.userId, request });
    revalidatePath("/admin", "layout");
    return "有効に戻しました。";
  },
});
