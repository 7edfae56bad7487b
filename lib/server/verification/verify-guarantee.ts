// 発注者の確認: 保証契約番号 + 認証キー → the certificate. An unknown number and a wrong key take the
// same path (one lookup by number, one keyed-hash comparison in constant time against the stored
// hash or a dummy, one attempt recorded) and give the same answer, so neither the answer nor its
// timing says which part was wrong. Throttled per number and per address (throttle.ts).
import { authKeyMatches } from "@/lib/crypto/auth-key";
import { getPrisma } from "@/lib/db/client";
import { ZVerifyRequest, verifyFieldErrors } from "@/lib/schemas/verify-request";
import { getSigningKeys } from "@/lib/server/signing/signing-keys";
import { checkVerificationThrottle, recordAttemptWithinLimits } from "./throttle";
import { buildVerificationResult, type VerificationResult } from "./verification-result";

export const NO_MATCH_MESSAGE = "保証契約番号または認証キーが正しくありません";
export const THROTTLED_MESSAGE = "照会の回数が上限に達しました。しばらく時間をおいてから、もう一度お試しください。";

export type VerifyOutcome =
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "not-found" }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "verified"; result: VerificationResult };

// Compared against when the number is unknown, so that path does the same work as a wrong key.
const DUMMY_HASH = new Uint8Array(32);

export async function verifyGuarantee(options: {
  input: unknown;
  ipAddress: string;
  orderingBodyUserId?: string | null;
  now?: Date;
}): Promise<VerifyOutcome> {
  const parsed = ZVerifyRequest.safeParse(options.input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: verifyFieldErrors(parsed.error) };
  const { contractNumber, authKey } = parsed.data;
  const now = options.now ?? new Date();

  const prisma = getPrisma();
  // The key is compared first, outside the transaction: an unknown number and a wrong key both do
  // one lookup by number and one keyed-hash comparison (against a dummy when there is no key).
  const guarantee = await prisma.guarantee.findUnique({
    where: { contractNumber },
    select: { id: true, status: true, form: true, authKey: { select: { keyHash: true } } },
  });
  const keyMatches = authKeyMatches(authKey, guarantee?.authKey?.keyHash ?? DUMMY_HASH);
  const matched = guarantee !== null && guarantee.form === "ELECTRONIC" && keyMatches;

  const recorded = await recordAttemptWithinLimits(prisma, {
    contractNumber,
    ipAddress: options.ipAddress,
    succeeded: matched,
    guaranteeId: matched ? guarantee.id : null,
    userId: matched ? (options.orderingBodyUserId ?? null) : null,
    now,
  });
  // A refused attempt is not recorded: it must not extend its own lock.
  if (!recorded) {
    const verdict = await prisma.$transaction((tx) => checkVerificationThrottle(tx, { contractNumber, ipAddress: options.ipAddress, now }));
    return { kind: "throttled", retryAfterSeconds: verdict.allowed ? 1 : verdict.retryAfterSeconds };
  }
  if (!matched) return { kind: "not-found" };

  const [versions, cached] = await Promise.all([
    prisma.certificateVersion.findMany({ where: { guaranteeId: guarantee.id }, orderBy: { versionNo: "asc" } }),
    getSigningKeys(),
  ]);
  // A version signed by a key this instance has not seen yet (another instance rotated): read again.
  const known = new Set(cached.map((k) => k.id));
  const keys = versions.some((v) => v.signingKeyId && !known.has(v.signingKeyId)) ? await getSigningKeys({ fresh: true }) : cached;
  return { kind: "verified", result: buildVerificationResult({ contractNumber, status: guarantee.status, versions, keys, now }) };
}
