// 預託金融機関の対応付け (administrators): a 預託金融機関 text as applications wrote it, mapped to a branch of
// the bank master. Existing guarantees naming it are linked at once, later ones at 発行. A text already
// mapped to another branch is refused (the guarantees it linked are the bank's records now).
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { depositBankKey } from "@/lib/domain/deposit-bank";
import { isUuid } from "@/lib/domain/ids";
import { conflict, invalidInput } from "@/lib/errors";
import { ZLinkDepositBank } from "@/lib/schemas/bank-branch";
import { parseInput } from "@/lib/schemas/parse-input";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { linkGuaranteesToBranch } from "./link-guarantees-to-branch";

export async function linkDepositBank(options: { actor: AdministratorActor; input: unknown; request?: RequestContext }): Promise<{ linked: number }> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  const input = parseInput(ZLinkDepositBank, options.input);
  const choose = () => invalidInput({ bankBranchId: "預託金融機関を選択してください。" });
  if (!isUuid(input.bankBranchId)) throw choose();
  const bankBranchId = input.bankBranchId;
  const key = depositBankKey(input.text);
  return getPrisma().$transaction(async (tx) => {
    const branch = await tx.bankBranch.findUnique({ where: { id: bankBranchId } });
    if (!branch) throw choose();
    const existing = await tx.depositBankAlias.findUnique({ where: { key } });
    if (existing && existing.bankBranchId !== branch.id) throw conflict("この記載は既に別の預託金融機関に対応付けられています。", { text: "この記載は既に別の預託金融機関に対応付けられています。" });
    if (!existing) await tx.depositBankAlias.create({ data: { key, text: input.text, bankBranchId: branch.id } });
    const linked = await linkGuaranteesToBranch(tx, key, branch.id);
    await recordAuditEntry(tx, { actor, action: "deposit-bank.link", entityType: "BankBranch", entityId: branch.id, after: { text: input.text, linkedGuarantees: linked }, request: options.request });
    return { linked };
  });
}
