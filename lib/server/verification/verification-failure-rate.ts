// The global failure rate of 発注者 verifications: how many attempts the throttle let through in the
// last 24 hours, how many of them failed (unknown number or wrong key) and from how many sources. The
// throttle counts per source (throttle.ts), so a guessing campaign spread over many addresses shows
// here instead of locking anyone out. Shown to administrators on /admin. Refused attempts (429) are not recorded, so they are not counted.
// Uses the (createdAt) index.
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

export const FAILURE_RATE_WINDOW_MS = 24 * 60 * 60 * 1000;

export type VerificationFailureRate = { since: Date; until: Date; attempts: number; failures: number; failingSources: number };

export async function getVerificationFailureRate({ actor, now = new Date() }: { actor: AdministratorActor; now?: Date }): Promise<VerificationFailureRate> {
  assertRole(actor, "ADMINISTRATOR");
  const since = new Date(now.getTime() - FAILURE_RATE_WINDOW_MS);
  const [row] = await getPrisma().$queryRaw<{ attempts: bigint; failures: bigint; failing_sources: bigint }[]>`
    SELECT count(*) AS attempts,
           count(*) FILTER (WHERE NOT "succeeded") AS failures,
           count(DISTINCT "source") FILTER (WHERE NOT "succeeded") AS failing_sources
      FROM "VerificationAttempt"
     WHERE "createdAt" > ${since} AND "createdAt" <= ${now}`;
  return { since, until: now, attempts: Number(row!.attempts), failures: Number(row!.failures), failingSources: Number(row!.failing_sources) };
}
