// Creates a user without a password and sends the invitation, inside the caller's transaction.
// Shared by 請負者の登録 (staff), inviting a colleague (contractor), and the administrator's invitations
// of branch staff, ordering-body users and other administrators.
import type { Prisma, User } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { sendAccountLink } from "./send-account-link";
import { userSnapshot } from "./user-snapshot";

export const EMAIL_TAKEN_MESSAGE = "このメールアドレスは既に登録されています。";

export type InviteTarget =
  | { role: "CONTRACTOR"; companyId: string; organisation: string }
  | { role: "SURETY_STAFF"; branchId: string; organisation: string }
  | { role: "ORDERING_BODY"; orderingBodyId: string; organisation: string }
  | { role: "ADMINISTRATOR"; organisation: string }
  | { role: "BANK_USER"; bankBranchId: string; organisation: string };

export async function inviteUser(
  tx: Prisma.TransactionClient,
  options: {
    actor: Actor;
    target: InviteTarget;
    name: string;
    email: string;
    emailField?: string;
    request?: RequestContext;
  },
): Promise<User> {
  const { target } = options;
  if (await tx.user.findUnique({ where: { email: options.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", EMAIL_TAKEN_MESSAGE, { [options.emailField ?? "email"]: EMAIL_TAKEN_MESSAGE });
  }
  const user = await tx.user.create({
    data: {
      email: options.email,
      name: options.name,
      role: target.role,
      companyId: target.role === "CONTRACTOR" ? target.companyId : null,
      branchId: target.role === "SURETY_STAFF" ? target.branchId : null,
      orderingBodyId: target.role === "ORDERING_BODY" ? target.orderingBodyId : null,
      bankBranchId: target.role === "BANK_USER" ? target.bankBranchId : null,
    },
  });
  await sendAccountLink(tx, { user, organisation: target.organisation, purpose: "INVITATION" });
  await recordAuditEntry(tx, {
    actor: options.actor,
    action: "user.invite",
    entityType: "user",
    entityId: user.id,
    after: userSnapshot(user),
    request: options.request,
  });
  return user;
}
