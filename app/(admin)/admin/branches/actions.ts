"use server";
// 支店マスタ (本店の管理者): a branch and its staff accounts (無効 / 有効に戻す: ../account-actions.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const saveBranchAction = serverAction({
  name: "branch.save",
  role: "ADMINISTRATOR",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    await saveBranch({ actor, id: input.id || undefined, input, request });
    revalidatePath("/admin/branches");
    // A new branch goes back to the list, where it now appears.
    if (!input.id) redirect("/admin/branches?saved=1");
    return "保存しました。";
  },
});

export const inviteStaffUserAction = serverAction({
  name: "user.invite",
  role: "ADMINISTRATOR",
  schema: formWith({ branchId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await inviteStaffUser({ actor, branchId: input.branchId, input, request });
    revalidatePath(`/admin/branches/${input.branchId}`);
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});
