// 預託金融機関マスタ (administrators): a bank branch (金融機関名 + 支店名, full-width as certificates print
// them), and the mapping of a 預託金融機関 text written on applications to one of the branches.
import { z } from "zod/mini";
import "./japanese-errors";
import { requiredText } from "./fields";

export const ZBankBranch = z.object({
  bankName: requiredText("金融機関名", 60),
  branchName: requiredText("支店名", 60),
});
export type TBankBranch = z.output<typeof ZBankBranch>;

export const ZLinkDepositBank = z.object({
  text: requiredText("預託金融機関（申込の記載）", 100),
  bankBranchId: z.string({ error: "預託金融機関を選択してください。" }).check(z.minLength(1, "預託金融機関を選択してください。"), z.maxLength(64)),
});
