// 発注者の確認: 保証契約番号 + 認証キー → the certificate. An unknown number and a wrong key take the
// same path (one database round trip that looks the number up, compares keyed hashes and records
// the attempt: verification-attempt.ts) and give the same answer, so neither the answer nor its
// timing says which part was wrong. Throttled per source and per (number, source) (throttle.ts).
import { getPrisma } from "@/lib/db/client";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import { ZVerifyRequest, verifyFieldErrors } from "@/lib/schemas/verify-request";
import { getConfig } from "@/lib/config";
import { checkVerificationThrottle } from "./throttle";
import { recordVerificationAttempt } from "./verification-attempt";
import { buildVerificationResult, type VerificationResult } from "./verification-result";

export const NO_MATCH_MESSAGE = "保証契約番号または認証キーが正しくありません";
export const THROTTLED_MESSAGE = "照会の回数が上限に達しました。しばらく時間をおいてから、もう一度お試しください。";

export async function verifyGuarantee(options: {
  input: unknown;
  ipAddress: string;
  orderingBodyUserId?: string | null;
  now?: Date;
}): Promise<VerificationResult> {
  const parsed = ZVerifyRequest.safeParse(options.input);
  // The API names a body of the wrong shape "body" (verifyFieldErrors), so the generic reader is not used.
  if (!parsed.success) throw invalidInput(verifyFieldErrors(parsed.error));
  const { contractNumber, authKey } = parsed.data;
  const now = options.now ?? new Date();
  const { ipAddress } = options;

  const prisma = getPrisma();
  const attempt = await recordVerificationAttempt(prisma, { contractNumber, authKey, ipAddress, userId: options.orderingBodyUserId ?? null, now });
  if (!attempt.recorded) {
    const verdict = await checkVerificationThrottle(prisma, { contractNumber, ipAddress, now });
    throw new AppError("RATE_LIMITED", THROTTLED_MESSAGE, undefined, verdict.allowed ? 1 : verdict.retryAfterSeconds);
  }
  if (!attempt.matched) throw notFound(NO_MATCH_MESSAGE);

  // Only the keys pinned in the configuration are trusted (current and retired), never rows of the database.
  const keys = getConfig().trustedSigningKeys;
  return buildVerificationResult({ contractNumber, status: attempt.status, versions: attempt.versions, keys, now });
}
