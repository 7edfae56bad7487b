// 受付・審査開始・差戻し: allowed steps only, the message for the contractor, an audit entry each.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import type { StaffActor } from "@/lib/auth/actor";
import { copyOfFlyerApplication, REQUEST, seedAndStaff, errorOf } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;
beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
});
const statusOf = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id } })).status;

describe("application review", () => {
  it("受付 → 審査開始 → 差戻し with the message the contractor will see", async () => {
    const id = await copyOfFlyerApplication({ status: "SUBMITTED" });
    await acceptApplication({ applicationId: id, actor: nagano, request: REQUEST });
    await acceptApplication({ applicationId: id, actor: nagano, request: REQUEST }); // a double click changes nothing
    expect(await statusOf(id)).toBe("ACCEPTED");
    await startApplicationReview({ applicationId: id, actor: nagano, request: REQUEST });
    expect(await statusOf(id)).toBe("UNDER_REVIEW");

    const empty = await errorOf(returnApplication({ applicationId: id, actor: nagano, input: { message: "  " } }));
    expect(empty).toMatchObject({ code: "VALIDATION", fieldErrors: { message: "差戻しの理由（お客様へのお知らせ）を入力してください。" } });
    expect(await statusOf(id)).toBe("UNDER_REVIEW");

    await returnApplication({ applicationId: id, actor: nagano, input: { message: "預託金融機関の支店名をご確認ください。" }, request: REQUEST });
    const app = await prisma.application.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "RETURNED", companyMessage: "預託金融機関の支店名をご確認ください。" });
    expect(await errorOf(acceptApplication({ applicationId: id, actor: nagano }))).toMatchObject({ code: "CONFLICT", message: "送信済（受付待ち）の申込だけを受付できます。" });

    const audit = await prisma.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, (a.before as { status: string }).status, (a.after as { status: string }).status])).toEqual([
      ["application.accept", "SUBMITTED", "ACCEPTED"],
      ["application.review", "ACCEPTED", "UNDER_REVIEW"],
      ["application.return", "UNDER_REVIEW", "RETURNED"],
    ]);
    expect(audit.every((a) => a.actorId === nagano.userId && a.ipAddress === "192.0.2.10")).toBe(true);
  });

  it("the audit page of a branch lists its own trail only", async () => {
    const id = await copyOfFlyerApplication({ status: "SUBMITTED" });
    await acceptApplication({ applicationId: id, actor: nagano, request: REQUEST });
    const own = await listBranchAuditEntries({ actor: nagano });
    expect(own.items.some((e) => e.entityId === id && e.action === "application.accept" && e.actorName === "長野 太郎")).toBe(true);
    const filtered = await listBranchAuditEntries({ actor: nagano, action: "application.accept" });
    expect(filtered.items.every((e) => e.action === "application.accept")).toBe(true);
    const other = await listBranchAuditEntries({ actor: shizuoka });
    expect(other.items.some((e) => e.entityId === id)).toBe(false);
  });

  it("drafts never reach the branch, and other branches get not-found", async () => {
    const draft = await copyOfFlyerApplication({ status: "DRAFT" });
    expect(await errorOf(acceptApplication({ applicationId: draft, actor: nagano }))).toMatchObject({ code: "NOT_FOUND" });
    const sent = await copyOfFlyerApplication({ status: "SUBMITTED" });
    expect(await errorOf(returnApplication({ applicationId: sent, actor: shizuoka, input: { message: "x" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await statusOf(sent)).toBe("SUBMITTED");
  });
});

describe("the staff inbox search", () => {
  it("takes a NUL or a % as text, not as a failure or a wildcard", async () => {
    expect((await listBranchApplications({ actor: nagano, page: 1, q: "\u0000" })).total).toBeGreaterThan(0); // nothing left to search: all
    expect((await listBranchApplications({ actor: nagano, page: 1, q: "%" })).total).toBe(0);
    expect((await listBranchApplications({ actor: nagano, page: 1, q: "河川\u0000維持" })).total).toBeGreaterThan(0);
  });
});
