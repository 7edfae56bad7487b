// 預託金融機関の登録 (administrators): a branch of a bank (the bank is created with its first branch), and
// the 預託金融機関 text it answers to (「〇〇銀行　××支店」), so guarantees naming it are linked from now on
// and the existing ones at once (linkDepositBank's rule).
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { depositBankKey } from "@/lib/domain/deposit-bank";
import { toFullWidth } from "@/lib/domain/full-width";
import { conflict } from "@/lib/errors";
import { ZBankBranch } from "@/lib/schemas/bank-branch";
import { parseInput } from "@/lib/schemas/parse-input";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { linkGuaranteesToBranch } from "./link-guarantees-to-branch";

export async function saveBankBranch(options: { actor: AdministratorActor; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  const input = parseInput(ZBankBranch, options.input);
  const bankName = toFullWidth(input.bankName);
  const branchName = toFullWidth(input.branchName);
  const text = `${bankName}　${branchName}`;
  return getPrisma().$transaction(async (tx) => {
    const bank = await tx.bank.upsert({ where: { name: bankName }, create: { name: bankName }, update: {} });
    if (await tx.bankBranch.findUnique({ where: { bankId_name: { bankId: bank.id, name: branchName } } })) {
      throw conflict("この預託金融機関は既に登録されています。", { branchName: "この支店は既に登録されています。" });
    }
    const branch = await tx.bankBranch.create({ data: { bankId: bank.id, name: branchName } });
    const key = depositBankKey(text);
    await tx.depositBankAlias.createMany({ data: [{ key, text, bankBranchId: branch.id }], skipDuplicates: true });
    const linked = await linkGuaranteesToBranch(tx, key, branch.id);
    await recordAuditEntry(tx, {
      actor,
      action: "bank-branch.create",
      entityType: "BankBranch",
      entityId: branch.id,
      after: { bank: bankName, branch: branchName, linkedGuarantees: linked },
      request: options.request,
    });
    return branch.id;
  });
}
