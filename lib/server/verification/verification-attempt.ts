// One verification attempt = one database round trip: the SQL function record_verification_attempt
// (prisma/migrations/20261123223000_record_verification_attempt) looks the guarantee up, compares the
// keyed hash, applies the throttle's limits under advisory locks, records the attempt and, when it
// matched, returns the certificate versions. The limits themselves are defined in throttle.ts.
import { hashAuthKey } from "@/lib/crypto/auth-key";
import type { GuaranteeStatus, PrismaClient } from "@/lib/db/client";
import { ADDRESS_MAX_ATTEMPTS, ADDRESS_WINDOW_MS, NUMBER_MAX_FAILURES, NUMBER_WINDOW_MS } from "./throttle";
import type { VersionToVerify } from "./verification-result";

export type AttemptOutcome =
  | { recorded: false } // refused by the throttle (and not recorded, so it does not extend its own lock)
  | { recorded: true; matched: false }
  | { recorded: true; matched: true; status: GuaranteeStatus; versions: VersionToVerify[] };

type Row = { recorded: boolean; matched: boolean; status: GuaranteeStatus | null; versions: StoredVersion[] | null };
// As the function returns them in JSON: issuedAt as an ISO string, the signature in base64.
type StoredVersion = Omit<VersionToVerify, "issuedAt" | "signature"> & { issuedAt: string; signature: string | null };

const interval = (ms: number) => `${ms / 1000} seconds`;

export async function recordVerificationAttempt(
  prisma: PrismaClient,
  attempt: { contractNumber: string; authKey: string; ipAddress: string; userId: string | null; now: Date },
): Promise<AttemptOutcome> {
  const [row] = await prisma.$queryRaw<Row[]>`
    SELECT * FROM record_verification_attempt(
      ${attempt.contractNumber}::text, ${hashAuthKey(attempt.authKey)}::bytea, ${attempt.ipAddress}::text, ${attempt.userId}::uuid, ${attempt.now}::timestamptz,
      ${interval(ADDRESS_WINDOW_MS)}::interval, ${ADDRESS_MAX_ATTEMPTS}::int, ${interval(NUMBER_WINDOW_MS)}::interval, ${NUMBER_MAX_FAILURES}::int)`;
  if (!row!.recorded) return { recorded: false };
  if (!row!.matched) return { recorded: true, matched: false };
  const versions = (row!.versions ?? []).map((v) => ({
    ...v,
    issuedAt: new Date(v.issuedAt),
    signature: v.signature === null ? null : new Uint8Array(Buffer.from(v.signature, "base64")),
  }));
  return { recorded: true, matched: true, status: row!.status!, versions };
}
