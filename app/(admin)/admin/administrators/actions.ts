"use server";
// 管理者アカウント: invites another administrator (無効 / 有効に戻す: ../account-actions.ts).
import { revalidatePath } from "next/cache";
import { inviteAdministrator } from "@/lib/server/accounts/invite-administrator";
import { FORM, serverAction } from "@/lib/server/server-action";

export const inviteAdministratorAction = serverAction({
  name: "user.invite",
  role: "ADMINISTRATOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await inviteAdministrator({ actor, input, request });
    revalidatePath("/admin/administrators");
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});
