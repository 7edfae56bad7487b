// The staff dashboard (/staff): one counter per state a branch has to act on, each a count within the
// branch (the branch is in every WHERE) and the list it links to. One list, so the areas that arrive
// with their features add one entry each:
//   入金待ち (保証料の入金確認, FEES): count of the branch's fee statements awaiting payment → its list;
//   明細書の審査待ち (使途内訳明細書, USAGE): count of the branch's submitted statements → its review list;
//   郵送待ちの計算書 (保証料計算書(紙), FEES): count of paper statements not yet posted → its list.
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma, type Prisma } from "@/lib/db/client";

export type DashboardCounter = {
  id: string;
  label: string;
  href: string;
  /** Shown in the danger colour when not zero (something went wrong, rather than work waiting). */
  alert?: boolean;
  count: (actor: StaffActor) => Promise<number>;
};

const applications = (actor: StaffActor, status: Prisma.ApplicationWhereInput["status"]) => getPrisma().application.count({ where: { branchId: actor.branchId, status } });

/** Mails about the branch's applications or guarantees that the worker gave up on. */
export const failedMailWhere = (branchId: string): Prisma.EmailOutboxWhereInput => ({
  status: "FAILED",
  OR: [{ application: { branchId } }, { guarantee: { branchId } }],
});

export const STAFF_DASHBOARD_COUNTERS: readonly DashboardCounter[] = [
  { id: "submitted", label: "受付待ち", href: "/staff/applications?status=SUBMITTED", count: (actor) => applications(actor, "SUBMITTED") },
  { id: "accepted", label: "受付済", href: "/staff/applications?status=ACCEPTED", count: (actor) => applications(actor, "ACCEPTED") },
  { id: "under-review", label: "審査中", href: "/staff/applications?status=UNDER_REVIEW", count: (actor) => applications(actor, "UNDER_REVIEW") },
  { id: "failed-mails", label: "送信に失敗したメール", href: "/staff/mails", alert: true, count: (actor) => getPrisma().emailOutbox.count({ where: failedMailWhere(actor.branchId) }) },
];
