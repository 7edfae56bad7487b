// Fixtures for the issue-4 integration tests: demo data, the two branches' staff, and copies of the
// flyer's application (so each test works on its own application inside one test database).
import { randomUUID } from "node:crypto";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { seedDemoApplication } from "@/lib/db/seed-demo-application";
import { DEMO_APPLICATION_SUBMISSION_KEY } from "@/lib/db/seed-demo-application";
import type { AppError } from "@/lib/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/server/load-actor";

export const REQUEST = { ipAddress: "192.0.2.10", userAgent: "vitest" };

/** The AppError a use case refused with, or null when it succeeded. */
export const errorOf = async (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

export async function seedAndStaff(): Promise<{ nagano: StaffActor; shizuoka: StaffActor }> {
  const prisma = getPrisma();
  // Accounts and the flyer application only: these tests count serials and branch inboxes from zero.
  await seedDemoAccounts(prisma);
  await seedDemoApplication(prisma);
  const [nagano, shizuoka] = await Promise.all(
    ["staff.nagano@example.jp", "staff.shizuoka@example.jp"].map((email) => loadActor("SURETY_STAFF", { email })),
  );
  return { nagano: nagano!, shizuoka: shizuoka! };
}

/** A copy of the seeded flyer application (status ACCEPTED unless told), with overrides. */
export async function copyOfFlyerApplication(overrides: Prisma.ApplicationUncheckedUpdateInput = {}): Promise<string> {
  const prisma = getPrisma();
  const flyer = await prisma.application.findUniqueOrThrow({ where: { submissionKey: DEMO_APPLICATION_SUBMISSION_KEY } });
  const { id: _id, applicationNumber: _n, submissionKey: _k, createdAt: _c, updatedAt: _u, ...fields } = flyer;
  const created = await prisma.application.create({
    data: { ...fields, status: "ACCEPTED", applicationNumber: `T-${randomUUID().slice(0, 8)}`, submissionKey: randomUUID() },
  });
  if (Object.keys(overrides).length > 0) await prisma.application.update({ where: { id: created.id }, data: overrides });
  return created.id;
}

/** Row counts of everything an issue writes, to prove a rolled-back issue left nothing. */
export async function issueRowCounts() {
  const prisma = getPrisma();
  const [guarantees, authKeys, versions, audit, outbox, jobs] = await Promise.all([
    prisma.guarantee.count(),
    prisma.authKey.count(),
    prisma.certificateVersion.count(),
    prisma.auditEntry.count(),
    prisma.emailOutbox.count(),
    prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`,
  ]);
  return { guarantees, authKeys, versions, audit, outbox, jobs: Number(jobs[0]!.n) };
}

/** A second contractor company (△△工業) with one user: the outsider of the company-scope tests. */
export async function otherContractorActor() {
  const prisma = getPrisma();
  const company = await prisma.contractorCompany.create({ data: { name: "△△工業 株式会社", representativeName: "代表 二郎", postalCode: "380-0000", address: "長野県", phone: "026-000-0000", email: "b@example.jp" } });
  const user = await prisma.user.create({ data: { email: "other@sankaku.example.jp", name: "他社 太郎", role: "CONTRACTOR", companyId: company.id } });
  return loadActor("CONTRACTOR", { id: user.id });
}
