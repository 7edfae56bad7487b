// The staff audit trail at scale: each entry gets its branch on insert (trigger "AuditEntry_branch": the
// entity's branch, else the acting user's), and the page reads it in keyset pages (older / newer than
// an id) that cover the whole trail once, in order, whatever the filter.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import { auditCursorFrom, listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import { loadActor } from "@/lib/server/load-actor";
import { copyOfFlyerApplication, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;

/** A staff member of a branch of their own, so its trail is exactly what the test writes. */
async function freshBranchStaff(): Promise<StaffActor> {
  const tag = randomUUID().slice(0, 8);
  const branch = await prisma.branch.create({
    data: { name: `監査確認支店${tag}`, officeCode: `39${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`, postalCode: "380-0000", address: "長野県", phone: "026-000-0000", email: `audit-${tag}@surety.example.jp` },
  });
  const user = await prisma.user.create({ data: { email: `audit-${tag}@surety.example.jp`, name: "監査 花子", role: "SURETY_STAFF", branchId: branch.id } });
  return loadActor("SURETY_STAFF", { id: user.id });
}

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
});

describe("the branch of an audit entry", () => {
  it("is the entity's branch, whoever acted, and the actor's for entities without one", async () => {
    const fresh = await freshBranchStaff();
    const id = await copyOfFlyerApplication({ status: "SUBMITTED" });
    await acceptApplication({ applicationId: id, actor: nagano });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "application.accept" } });
    expect(entry.branchId).toBe(nagano.branchId);
    // A contractor's entry on the same application (no branch of their own) still belongs to the branch.
    const application = await prisma.application.findUniqueOrThrow({ where: { id }, select: { createdById: true } });
    await recordAuditEntry(prisma, { actor: { userId: application.createdById, role: "CONTRACTOR" }, action: "application.submit", entityType: "Application", entityId: id });
    const byContractor = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "application.submit" }, orderBy: { id: "desc" } });
    expect(byContractor.branchId).toBe(nagano.branchId);
    // A user record has no branch column: the acting staff member's branch.
    await recordAuditEntry(prisma, { actor: { userId: fresh.userId, role: "SURETY_STAFF" }, action: "user.deactivate", entityType: "user", entityId: randomUUID() });
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { actorId: fresh.userId }, orderBy: { id: "desc" } })).branchId).toBe(fresh.branchId);
    // The system, on something not a branch's: no branch; it shows on no branch's page.
    await recordAuditEntry(prisma, { actor: null, action: "user.deactivate", entityType: "user", entityId: "not-a-uuid" });
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { entityId: "not-a-uuid" }, orderBy: { id: "desc" } })).branchId).toBeNull();
  });

  it("stays append-only", async () => {
    await expect(prisma.$executeRaw`UPDATE "AuditEntry" SET "branchId" = NULL WHERE id = (SELECT max(id) FROM "AuditEntry")`).rejects.toThrow(/append-only/);
  });
});

describe("keyset pages of the audit trail", () => {
  it("walk 47 entries older and back newer: each once, newest first, and the filter holds on every page", async () => {
    const fresh = await freshBranchStaff();
    const written: bigint[] = [];
    for (let i = 0; i < 47; i++) {
      await recordAuditEntry(prisma, {
        actor: { userId: fresh.userId, role: "SURETY_STAFF" },
        action: i % 3 === 0 ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: randomUUID(),
      });
      written.push((await prisma.auditEntry.findFirstOrThrow({ where: { actorId: fresh.userId }, orderBy: { id: "desc" }, select: { id: true } })).id);
    }
    const newestFirst = [...written].reverse();

    const first = await listBranchAuditEntries({ actor: fresh });
    expect(first.items.map((e) => e.id)).toEqual(newestFirst.slice(0, 20));
    expect(first.newerThan).toBeNull();
    const second = await listBranchAuditEntries({ actor: fresh, before: first.olderThan! });
    expect(second.items.map((e) => e.id)).toEqual(newestFirst.slice(20, 40));
    const third = await listBranchAuditEntries({ actor: fresh, before: second.olderThan! });
    expect(third.items.map((e) => e.id)).toEqual(newestFirst.slice(40));
    expect(third.olderThan).toBeNull();
    // Back towards the newest: the same pages again.
    const back = await listBranchAuditEntries({ actor: fresh, after: third.newerThan! });
    expect(back.items.map((e) => e.id)).toEqual(second.items.map((e) => e.id));
    const top = await listBranchAuditEntries({ actor: fresh, after: back.newerThan! });
    expect(top.items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));
    expect(top.newerThan).toBeNull();

    const filtered = await listBranchAuditEntries({ actor: fresh, action: "user.reactivate" });
    expect(filtered.items.map((e) => e.id)).toEqual(newestFirst.filter((_, i) => (46 - i) % 3 === 0).slice(0, 20));
    expect(filtered.olderThan).toBeNull();
    // Another branch's trail stays out, and an unknown action filters nothing out nor errors.
    expect((await listBranchAuditEntries({ actor: nagano })).items.some((e) => written.includes(e.id))).toBe(false);
    expect((await listBranchAuditEntries({ actor: fresh, action: "'; DROP TABLE x; --" })).items).toHaveLength(20);
  });

  it("takes only whole positive ids from the query string", () => {
    expect(auditCursorFrom("123")).toBe(123n);
    for (const odd of [undefined, "", "0", "-1", "1.5", "abc", "1e3", "9".repeat(20)]) expect(auditCursorFrom(odd)).toBeUndefined();
  });
});
