// Who is acting: one discriminated union, built once per request by the guards (lib/auth/guards.ts)
// from the signed-in user as read from the database, and passed to every use case. The company,
// branch or ordering body comes from here, never from what the browser sent.
import type { Role } from "@/lib/db/client";
import { HEAD_OFFICE_NAME } from "@/lib/domain/guarantee-labels";
import { AppError } from "@/lib/errors";

type ActorBase = { userId: string; name: string; email: string };

/** 請負者: a user of one contractor company. */
export type ContractorActor = ActorBase & { role: "CONTRACTOR"; companyId: string; companyName: string };
/** 保証会社 支店の担当者: a staff member of one branch. */
export type StaffActor = ActorBase & { role: "SURETY_STAFF"; branchId: string; branchName: string };
/** 発注者: a user of one ordering body. */
export type OrderingBodyActor = ActorBase & { role: "ORDERING_BODY"; orderingBodyId: string; orderingBodyName: string };
/**
 * 保証会社 本店の管理者: company-wide administration (支店マスタ, 発注者マスタ, the staff accounts of every
 * branch, ordering-body and administrator accounts). Belongs to no branch, so it handles no branch's
 * applications or guarantees (docs/DOMAIN.md).
 */
export type AdministratorActor = ActorBase & { role: "ADMINISTRATOR"; headOfficeName: string };

/**
 * 預託金融機関: a user of one bank branch (「〇〇銀行 ××支店」). Sees only the guarantees deposited with that
 * branch (Guarantee.depositBankBranchId), their 明細書 and 預託金払出依頼書.
 */
export type BankActor = ActorBase & { role: "BANK_USER"; bankBranchId: string; bankBranchName: string };

export type Actor = ContractorActor | StaffActor | OrderingBodyActor | AdministratorActor | BankActor;
export type ActorRole = Actor["role"];
export type ActorOf<R extends ActorRole> = Extract<Actor, { role: R }>;

export const NOT_ALLOWED_MESSAGE = "この操作を行う権限がありません。";

type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  company: { id: string; name: string } | null;
  branch: { id: string; name: string; active: boolean } | null;
  orderingBody: { id: string; name: string; active: boolean } | null;
  bankBranch?: { id: string; name: string; active: boolean; bank: { name: string } } | null;
};

/** Where a user's relations are read for actorOf: every organisation a role can belong to. */
export const ACTOR_USER_INCLUDE = { company: true, branch: true, orderingBody: true, bankBranch: { include: { bank: true } } } as const;

/** 「〇〇銀行 ××支店」 */
export const bankBranchDisplayName = (branch: { name: string; bank: { name: string } }) => `${branch.bank.name} ${branch.name}`;

/**
 * The actor of a signed-in user, or null when the user's role has no organisation to act for, or
 * that organisation (branch, ordering body) is switched off: its users are then signed out at their
 * next request, exactly like a deactivated user. (Contractor companies have no such switch.)
 */
export function actorOf(user: UserRow): Actor | null {
  const base = { userId: user.id, name: user.name, email: user.email };
  switch (user.role) {
    case "CONTRACTOR":
      return user.company ? { ...base, role: "CONTRACTOR", companyId: user.company.id, companyName: user.company.name } : null;
    case "SURETY_STAFF":
      return user.branch?.active ? { ...base, role: "SURETY_STAFF", branchId: user.branch.id, branchName: user.branch.name } : null;
    case "ORDERING_BODY":
      return user.orderingBody?.active
        ? { ...base, role: "ORDERING_BODY", orderingBodyId: user.orderingBody.id, orderingBodyName: user.orderingBody.name }
        : null;
    case "ADMINISTRATOR":
      return { ...base, role: "ADMINISTRATOR", headOfficeName: HEAD_OFFICE_NAME };
    case "BANK_USER":
      return user.bankBranch?.active
        ? { ...base, role: "BANK_USER", bankBranchId: user.bankBranch.id, bankBranchName: bankBranchDisplayName(user.bankBranch) }
        : null;
    default:
      return null;
  }
}

/**
 * Use cases check the role themselves as well (not only the pages and actions that call them), so
 * no entry point can skip it: the type says which actor a use case takes, this says it at run time.
 */
export function assertRole<R extends ActorRole>(actor: Actor, role: R): ActorOf<R> {
  if (actor.role !== role) throw new AppError("FORBIDDEN", NOT_ALLOWED_MESSAGE);
  return actor as ActorOf<R>;
}

