"use server";
// 預託金融機関マスタ (本店の管理者): register a bank branch, map a 預託金融機関 text to one, invite its users.
import { revalidatePath } from "next/cache";
import { inviteBankUser } from "@/lib/server/banks/invite-bank-user";
import { linkDepositBank } from "@/lib/server/banks/link-deposit-bank";
import { saveBankBranch } from "@/lib/server/banks/save-bank-branch";
import { FORM, ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const saveBankBranchAction = serverAction({
  name: "bank-branch.create",
  role: "ADMINISTRATOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await saveBankBranch({ actor, input, request });
    revalidatePath("/admin/bank-branches");
    return "預託金融機関を登録しました。";
  },
});

export const linkDepositBankAction = serverAction({
  name: "deposit-bank.link",
  role: "ADMINISTRATOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    const { linked } = await linkDepositBank({ actor, input, request });
    revalidatePath("/admin/bank-branches");
    return `対応付けました（保証${linked}件）。`;
  },
});

export const inviteBankUserAction = serverAction({
  name: "user.invite",
  role: "ADMINISTRATOR",
  schema: formWith({ bankBranchId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await inviteBankUser({ actor, bankBranchId: input.bankBranchId, input, request });
    revalidatePath("/admin/bank-branches");
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});
