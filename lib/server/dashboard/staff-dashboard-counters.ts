// The staff dashboard (/staff): one counter per state a branch has to act on, each a count within the
// branch (the branch is in every WHERE) and the list it links to; a new area adds one entry. Each is one
// count query on an index of the branch, never a loop over its records:
//   入金待ち: 受付済 / 審査中 applications with a fee neither received nor billed by 一括納付 (one SQL condition,
//     lib/server/fees/fees-awaiting-payment.ts, shared with 申込一覧's ?fees=unpaid);
//   明細書の審査待ち: 送信済 versions of the branch's 明細書 (UsagePlan.branchId) → /staff/usage-plans;
//   郵送待ちの計算書: paper 保証料計算書 not yet posted, as listBranchFeeTasks lists them → /staff/fees;
//   払出依頼（銀行の処理待ち）: 依頼中 lines of 預託金払出依頼書 on the branch's guarantees → /staff/payouts;
//   送信に失敗したメール / 再送待ちのメール: the branch's mails the worker gave up on / will try again → /staff/mails.
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { countFeesAwaitingPayment } from "@/lib/server/fees/fees-awaiting-payment";
import { feeStatementsToMailWhere } from "@/lib/server/fees/list-branch-fee-tasks";

export type DashboardCounter = {
  id: string;
  label: string;
  href: string;
  /** Shown in the danger colour when not zero (something went wrong, rather than work waiting). */
  alert?: boolean;
  count: (actor: StaffActor) => Promise<number>;
};

const applications = (actor: StaffActor, status: Prisma.ApplicationWhereInput["status"]) => getPrisma().application.count({ where: { branchId: actor.branchId, status } });

// Which mails a branch's staff answer for: those about its applications or guarantees, and the company-wide
// ones to contractor companies (the weekly 保証申込のお勧め), which belong to no branch: companies are shared
// by every branch, as /staff/contractors lists them all.
const branchMails = (branchId: string): Prisma.EmailOutboxWhereInput => ({
  OR: [{ application: { branchId } }, { guarantee: { branchId } }, { kind: "REMINDER_DIGEST", applicationId: null, guaranteeId: null }],
});

/** The branch's mails the worker gave up on (FAILED: refused, or still failing after its last retry). */
export const failedMailWhere = (branchId: string): Prisma.EmailOutboxWhereInput => ({ status: "FAILED", ...branchMails(branchId) });

/** The branch's mails whose last attempt failed and that the worker will try again (e.g. the SMTP server is down). */
export const retryingMailWhere = (branchId: string): Prisma.EmailOutboxWhereInput => ({ status: "PENDING", attempts: { gt: 0 }, ...branchMails(branchId) });

export const STAFF_DASHBOARD_COUNTERS: readonly DashboardCounter[] = [
  { id: "submitted", label: "受付待ち", href: "/staff/applications?status=SUBMITTED", count: (actor) => applications(actor, "SUBMITTED") },
  { id: "accepted", label: "受付済", href: "/staff/applications?status=ACCEPTED", count: (actor) => applications(actor, "ACCEPTED") },
  { id: "under-review", label: "審査中", href: "/staff/applications?status=UNDER_REVIEW", count: (actor) => applications(actor, "UNDER_REVIEW") },
  { id: "fees-unpaid", label: "入金待ち", href: "/staff/applications?fees=unpaid", count: (actor) => countFeesAwaitingPayment(getPrisma(), actor.branchId) },
  {
    id: "usage-plans-submitted",
    label: "明細書の審査待ち",
    href: "/staff/usage-plans",
    count: (actor) => getPrisma().usagePlanVersion.count({ where: { status: "SUBMITTED", plan: { branchId: actor.branchId } } }),
  },
  { id: "fee-statements-to-mail", label: "郵送待ちの計算書", href: "/staff/fees#mail-heading", count: (actor) => getPrisma().feeStatement.count({ where: feeStatementsToMailWhere(actor.branchId) }) },
  {
    id: "payouts-requested",
    label: "払出依頼（銀行の処理待ち）",
    href: "/staff/payouts",
    count: (actor) => getPrisma().payoutRequestLine.count({ where: { status: "REQUESTED", request: { branchId: actor.branchId } } }),
  },
  { id: "failed-mails", label: "送信に失敗したメール", href: "/staff/mails", alert: true, count: (actor) => getPrisma().emailOutbox.count({ where: failedMailWhere(actor.branchId) }) },
  { id: "retrying-mails", label: "再送待ちのメール", href: "/staff/mails#retrying-heading", alert: true, count: (actor) => getPrisma().emailOutbox.count({ where: retryingMailWhere(actor.branchId) }) },
];
