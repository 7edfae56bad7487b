"use server";
// 支店マスタ: a branch and its staff accounts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deactivateStaffUser } from "@/lib/server/accounts/deactivate-staff-user";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const saveBranchAction = serverAction({
  name: "branch.save",
  role: "SURETY_STAFF",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    await saveBranch({ actor, id: input.id || undefined, input, request });
    revalidatePath("/staff/branches");
    // A new branch goes back to the list, where it now appears.
    if (!input.id) redirect("/staff/branches?saved=1");
    return "保存しました。";
  },
});

export const inviteStaffUserAction = serverAction({
  name: "user.invite",
  role: "SURETY_STAFF",
  schema: formWith({ branchId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await inviteStaffUser({ actor, branchId: input.branchId, input, request });
    revalidatePath(`/staff/branches/${input.branchId}`);
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});

export const deactivateStaffUserAction = serverAction({
  name: "user.deactivate",
  role: "SURETY_STAFF",
  schema: formWith({ userId: ID_TEXT, branchId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await deactivateStaffUser({ actor, userId: input.userId, request });
    revalidatePath(`/staff/branches/${input.branchId}`);
    return "無効にしました。";
  },
});
