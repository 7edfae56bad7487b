// One verification attempt = one database round trip: the SQL function record_verification_attempt
// (prisma/migrations/20261202110000_throttle_by_source) looks the guarantee up, compares the keyed hash,
// applies the throttle's limits under the source's advisory lock, records the attempt and, when it
// matched, returns the certificate versions. The limits themselves are defined in throttle.ts.
import { hashAuthKey } from "@/lib/crypto/auth-key";
import { poolOf, type GuaranteeStatus, type PrismaClient } from "@/lib/db/client";
import { throttleSourceOf } from "@/lib/domain/throttle-source";
import { PAIR_MAX_FAILURES, PAIR_WINDOW_MS, SOURCE_MAX_ATTEMPTS, SOURCE_WINDOW_MS } from "./throttle";
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
  // Straight to the pool (poolOf): the hot path of the public API. The same statement Prisma would send.
  const { rows } = await poolOf(prisma).query<Row>(
    `SELECT * FROM record_verification_attempt($1::text, $2::bytea, $3::text, $4::text, $5::uuid, $6::timestamptz, $7::interval, $8::int, $9::interval, $10::int)`,
    [
      attempt.contractNumber,
      hashAuthKey(attempt.authKey),
      attempt.ipAddress,
      throttleSourceOf(attempt.ipAddress),
      attempt.userId,
      attempt.now,
      interval(SOURCE_WINDOW_MS),
      SOURCE_MAX_ATTEMPTS,
      interval(PAIR_WINDOW_MS),
      PAIR_MAX_FAILURES,
    ],
  );
  const row = rows[0];
  if (!row!.recorded) return { recorded: false };
  if (!row!.matched) return { recorded: true, matched: false };
  const versions = (row!.versions ?? []).map((v) => ({
    ...v,
    issuedAt: new Date(v.issuedAt),
    signature: v.signature === null ? null : new Uint8Array(Buffer.from(v.signature, "base64")),
  }));
  return { recorded: true, matched: true, status: row!.status!, versions };
}
