// 請負者の登録 (guarantee staff): the company and its first user, invited by e-mail, in one
// transaction with their audit entries.
import { getPrisma } from "@/lib/db/client";
import { ZRegisterContractor } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function registerContractor(options: {
  actor: StaffActor;
  input: unknown;
  request?: RequestContext;
}): Promise<{ companyId: string; userId: string }> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const { userName, userEmail, ...company } = parseInput(ZRegisterContractor, options.input);
  return getPrisma().$transaction(async (tx) => {
    const created = await tx.contractorCompany.create({ data: company });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.create",
      entityType: "contractor-company",
      entityId: created.id,
      after: auditSnapshot(created),
      request: options.request,
    });
    const user = await inviteUser(tx, {
      actor,
      target: { role: "CONTRACTOR", companyId: created.id, organisation: created.name },
      name: userName,
      email: userEmail,
      emailField: "userEmail",
      request: options.request,
    });
    return { companyId: created.id, userId: user.id };
  });
}
