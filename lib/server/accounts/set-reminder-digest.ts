// お客様情報: the company opts in to (or out of) the weekly 保証申込のお勧め mail, audited like every change of
// the company's details.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZReminderDigest } from "@/lib/schemas/reminder";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function setReminderDigest(options: { actor: ContractorActor; input: unknown; request?: RequestContext }): Promise<boolean> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { reminderDigestWanted } = parseInput(ZReminderDigest, options.input);
  await getPrisma().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ reminderDigestWanted: boolean }[]>`
      SELECT "reminderDigestWanted" FROM "ContractorCompany" WHERE id = ${actor.companyId}::uuid FOR UPDATE`;
    if (before?.reminderDigestWanted === reminderDigestWanted) return;
    await tx.contractorCompany.update({ where: { id: actor.companyId }, data: { reminderDigestWanted } });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.update",
      entityType: "contractor-company",
      entityId: actor.companyId,
      before: { reminderDigestWanted: before?.reminderDigestWanted ?? false },
      after: { reminderDigestWanted },
      request: options.request,
    });
  });
  return reminderDigestWanted;
}
