// The staff dashboard counts the branch's own work: applications per state and the mails the worker gave
// up on, never another branch's; the failed-mail list shows the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getStaffDashboard } from "@/lib/server/dashboard/get-staff-dashboard";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listBranchFailedMails } from "@/lib/server/mail/list-branch-failed-mails";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;

const countsOf = async (actor: StaffActor): Promise<Record<string, number>> => Object.fromEntries((await getStaffDashboard({ actor })).map((c) => [c.id, c.count]));

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
});

describe("staff dashboard", () => {
  it("counts 受付待ち, 受付済 and 審査中 of the branch only, each linking to its filtered list", async () => {
    const before = { nagano: await countsOf(nagano), shizuoka: await countsOf(shizuoka) };
    await copyOfFlyerApplication({ status: "SUBMITTED" });
    await copyOfFlyerApplication({ status: "SUBMITTED" });
    await copyOfFlyerApplication({ status: "UNDER_REVIEW" });
    await copyOfFlyerApplication({ status: "ACCEPTED" });
    const after = await countsOf(nagano);
    expect(after.submitted).toBe(before.nagano.submitted! + 2);
    expect(after["under-review"]).toBe(before.nagano["under-review"]! + 1);
    expect(after.accepted).toBe(before.nagano.accepted! + 1);
    expect(await countsOf(shizuoka)).toEqual(before.shizuoka);
    const links = Object.fromEntries((await getStaffDashboard({ actor: nagano })).map((c) => [c.id, c.href]));
    expect(links.submitted).toBe("/staff/applications?status=SUBMITTED");
  });

  it("counts the branch's failed mails (about an application or a guarantee) and lists them", async () => {
    const applicationId = await copyOfFlyerApplication({ completionMailWanted: true });
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { applicationId } });
    expect((await countsOf(nagano))["failed-mails"]).toBe(0);
    await prisma.emailOutbox.update({ where: { id: mail.id }, data: { status: "FAILED", lastError: "550 5.1.1 user unknown", attempts: 8 } });
    expect((await countsOf(nagano))["failed-mails"]).toBe(1);
    expect((await countsOf(shizuoka))["failed-mails"]).toBe(0);
    const listed = await listBranchFailedMails({ actor: nagano });
    expect(listed.map((m) => m.id)).toEqual([mail.id]);
    expect(await listBranchFailedMails({ actor: shizuoka })).toEqual([]);
    expect(guarantees.length).toBeGreaterThan(0);
  });

  it("is the staff's own: a contractor may not call it", async () => {
    const contractor = { role: "CONTRACTOR", userId: "x", name: "x", email: "x", companyId: "x", companyName: "x" } as unknown as StaffActor;
    expect(await errorOf(getStaffDashboard({ actor: contractor }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(listBranchFailedMails({ actor: contractor }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
