// Rules PostgreSQL itself enforces, whatever the application code does.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";

const prisma = getPrisma();
beforeAll(() => seedDemoAccounts(prisma));

describe("database rules", () => {
  it("keeps audit entries append-only: no UPDATE, DELETE or TRUNCATE", async () => {
    const entry = await prisma.auditEntry.create({
      data: { action: "test.append", entityType: "Test", entityId: "1", after: { ok: true } },
    });
    await expect(prisma.auditEntry.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    expect((await prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });

  it("ties each user to exactly the record of their role", async () => {
    const branch = await prisma.branch.findFirstOrThrow();
    await expect(
      prisma.user.create({ data: { email: "bad@example.jp", name: "x", role: "CONTRACTOR", branchId: branch.id } }),
    ).rejects.toThrow(/User_role_ties_check/);
  });

  it("holds amounts above 2,147,483,647 yen exactly", async () => {
    const company = await prisma.contractorCompany.findFirstOrThrow();
    const user = await prisma.user.findFirstOrThrow({ where: { role: "CONTRACTOR" } });
    const app = await prisma.application.create({
      data: { companyId: company.id, createdById: user.id, contractAmount: 98_765_432_109n },
    });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: app.id } })).contractAmount).toBe(98_765_432_109n);
  });
});
