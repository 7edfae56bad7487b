// The daily pruning of the attempt tables (issue 14, item 19), against the database: old rows go,
// and what the screens read from old rows stays the same — 確認済み / 照会あり with their times, an
// ordering body's verified guarantees. Nothing younger than 90 days is touched.
import { parseCrontab } from "graphile-worker";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrderingBodyActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { PRUNE_ATTEMPTS_CRONTAB, PRUNE_ATTEMPTS_TASK } from "@/lib/mail/worker/prune-attempts-task";
import { lastOrderingBodyCheck } from "@/lib/server/guarantees/last-ordering-body-check";
import { loadActor } from "@/lib/server/load-actor";
import { ATTEMPT_RETENTION_DAYS, pruneAttempts } from "@/lib/server/maintenance/prune-attempts";
import { listVerifiedGuarantees } from "@/lib/server/ordering-body/list-verified-guarantees";
import { issueTestGuarantees, type IssuedForTest } from "../support/issued-guarantees";

const prisma = getPrisma();
const NOW = new Date("2027-06-01T00:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
let saku: OrderingBodyActor;
let g: IssuedForTest;

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  saku = await loadActor("ORDERING_BODY", { email: "verifier@saku.example.jp" });
  [g] = (await issueTestGuarantees({ orderingBodyName: "佐久市" })).guarantees as [IssuedForTest];
});

describe("pruneAttempts", () => {
  it("deletes attempts older than 90 days but each guarantee's latest successful lookup per user, and changes nothing the screens show", async () => {
    const base = { contractNumber: g.contractNumber, ipAddress: "192.0.2.1", source: "192.0.2.1" };
    const row = (days: number, extra: { succeeded: boolean; userId?: string }) => ({
      ...base,
      ...extra,
      guaranteeId: extra.succeeded ? g.id : null,
      createdAt: daysAgo(days),
    });
    await prisma.verificationAttempt.createMany({
      data: [
        row(200, { succeeded: false }), // gone
        row(150, { succeeded: true, userId: saku.userId }), // gone: 佐久市's user looked again later
        row(120, { succeeded: true, userId: saku.userId }), // kept: that user's latest (確認済み)
        row(110, { succeeded: true }), // gone: a later anonymous lookup exists
        row(100, { succeeded: true }), // kept: the latest anonymous lookup (照会あり)
        row(95, { succeeded: false }), // gone
        row(30, { succeeded: false }), // kept: younger than 90 days
      ],
    });
    await prisma.loginAttempt.createMany({
      data: [
        { email: "a@example.jp", ipAddress: "192.0.2.1", source: "192.0.2.1", succeeded: false, createdAt: daysAgo(ATTEMPT_RETENTION_DAYS + 1) },
        { email: "a@example.jp", ipAddress: "192.0.2.1", source: "192.0.2.1", succeeded: true, createdAt: daysAgo(ATTEMPT_RETENTION_DAYS + 1) },
        { email: "a@example.jp", ipAddress: "192.0.2.1", source: "192.0.2.1", succeeded: false, createdAt: daysAgo(ATTEMPT_RETENTION_DAYS - 1) },
      ],
    });
    const checkBefore = await lastOrderingBodyCheck(g.id);
    const verifiedBefore = await listVerifiedGuarantees({ actor: saku });
    expect(checkBefore).toEqual({ confirmedAt: daysAgo(120), lookedUpAt: daysAgo(100) });

    expect(await pruneAttempts({ now: NOW })).toEqual({ loginAttempts: 2, verificationAttempts: 4 });

    const left = await prisma.verificationAttempt.findMany({ orderBy: { createdAt: "asc" }, select: { createdAt: true, succeeded: true, userId: true } });
    expect(left).toEqual([
      { createdAt: daysAgo(120), succeeded: true, userId: saku.userId },
      { createdAt: daysAgo(100), succeeded: true, userId: null },
      { createdAt: daysAgo(30), succeeded: false, userId: null },
    ]);
    expect(await prisma.loginAttempt.findMany({ select: { createdAt: true } })).toEqual([{ createdAt: daysAgo(ATTEMPT_RETENTION_DAYS - 1) }]);
    expect(await lastOrderingBodyCheck(g.id)).toEqual(checkBefore);
    expect(await listVerifiedGuarantees({ actor: saku })).toEqual(verifiedBefore);
    // A second run finds nothing more to delete.
    expect(await pruneAttempts({ now: NOW })).toEqual({ loginAttempts: 0, verificationAttempts: 0 });
  });

  it("is scheduled daily at 03:30 JST (18:30 UTC) in the worker's crontab", () => {
    const [item] = parseCrontab(PRUNE_ATTEMPTS_CRONTAB);
    expect(item!.task).toBe(PRUNE_ATTEMPTS_TASK);
    for (const [date, dow] of [[1, 0], [15, 3], [31, 6]] as const) {
      expect(item!.match({ min: 30, hour: 18, date, month: 6, dow })).toBe(true);
      expect(item!.match({ min: 30, hour: 3, date, month: 6, dow })).toBe(false);
      expect(item!.match({ min: 0, hour: 18, date, month: 6, dow })).toBe(false);
    }
  });
});
