-- Issue 14, items 5-7: the throttles count per source instead of per 保証契約番号 or per account, and
-- sessions carry a version.
--   * VerificationAttempt / LoginAttempt gain "source": the address as the throttles count it (an IPv6
--     address by its /64 prefix, lib/domain/throttle-source.ts). Rows written before this migration get
--     their raw address, which differs only for IPv6 and only for the 15-minute windows at deploy time.
--   * record_verification_attempt takes the source and limits attempts per source and failures per
--     (number, source): a right key from a source that is not itself throttled is always answered.
--   * record_login_attempt (new) counts and records a sign-in attempt under the source's advisory lock
--     before the password is checked, so parallel guesses cannot all pass the check.
--   * User."sessionVersion": compared with the session token on every request.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "VerificationAttempt" ADD COLUMN "source" TEXT;
UPDATE "VerificationAttempt" SET "source" = "ipAddress";
ALTER TABLE "VerificationAttempt" ALTER COLUMN "source" SET NOT NULL;

-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN "source" TEXT;
UPDATE "LoginAttempt" SET "source" = "ipAddress";
ALTER TABLE "LoginAttempt" ALTER COLUMN "source" SET NOT NULL;

-- DropIndex
DROP INDEX "VerificationAttempt_contractNumber_createdAt_idx";
DROP INDEX "VerificationAttempt_ipAddress_createdAt_idx";
DROP INDEX "LoginAttempt_email_createdAt_idx";
DROP INDEX "LoginAttempt_ipAddress_createdAt_idx";

-- CreateIndex
CREATE INDEX "VerificationAttempt_source_createdAt_idx" ON "VerificationAttempt"("source", "createdAt");
CREATE INDEX "VerificationAttempt_contractNumber_source_createdAt_idx" ON "VerificationAttempt"("contractNumber", "source", "createdAt");
CREATE INDEX "VerificationAttempt_createdAt_idx" ON "VerificationAttempt"("createdAt");
CREATE INDEX "LoginAttempt_email_source_createdAt_idx" ON "LoginAttempt"("email", "source", "createdAt");
CREATE INDEX "LoginAttempt_source_createdAt_idx" ON "LoginAttempt"("source", "createdAt");
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");

-- One 発注者 verification attempt in one round trip (lib/server/verification/verification-attempt.ts):
--   1. look the guarantee up by 保証契約番号 and compare the keyed hash of the typed 認証キー with the stored one;
--   2. take the source's transaction-scoped advisory lock (every count below is of that source's rows, so
--      one lock orders them all);
--   3. record the attempt only if the source has made fewer than p_source_max attempts within
--      p_source_window and fewer than p_pair_max failures on this number within p_pair_window;
--   4. when recorded and matched, return the guarantee's status and every certificate version.
-- Nothing counts per number alone: failures from other sources never refuse a right key.
-- A VOLATILE PL/pgSQL function under READ COMMITTED takes a new snapshot for each statement, so the counts in
-- step 3 see every attempt committed before the lock of step 2 was granted: concurrent attempts never pass a
-- limit. The lock is released when the calling statement's transaction ends.
-- An unknown number and a wrong key run the same statements. The hash comparison is an ordinary bytea
-- equality: both sides are HMAC outputs under a key the caller does not have, so how long it takes tells
-- nothing about the key.
DROP FUNCTION "record_verification_attempt"(TEXT, BYTEA, TEXT, UUID, TIMESTAMPTZ, INTERVAL, INTEGER, INTERVAL, INTEGER);

CREATE FUNCTION "record_verification_attempt"(
  p_contract_number TEXT,
  p_key_hash BYTEA,
  p_ip_address TEXT,
  p_source TEXT,
  p_user_id UUID,
  p_now TIMESTAMPTZ,
  p_source_window INTERVAL,
  p_source_max INTEGER,
  p_pair_window INTERVAL,
  p_pair_max INTEGER
) RETURNS TABLE ("recorded" BOOLEAN, "matched" BOOLEAN, "status" "GuaranteeStatus", "versions" JSONB)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  found_id UUID;
  found_status "GuaranteeStatus";
BEGIN
  SELECT g."id", g."status", (g."form" = 'ELECTRONIC' AND k."keyHash" = p_key_hash)
    INTO found_id, found_status, matched
    FROM "Guarantee" g LEFT JOIN "AuthKey" k ON k."guaranteeId" = g."id"
   WHERE g."contractNumber" = p_contract_number;
  matched := COALESCE(matched, FALSE);

  PERFORM pg_advisory_xact_lock(hashtextextended('verify-src:' || p_source, 0));

  INSERT INTO "VerificationAttempt" ("contractNumber", "ipAddress", "source", "succeeded", "guaranteeId", "userId", "createdAt")
  SELECT p_contract_number, p_ip_address, p_source, matched,
         CASE WHEN matched THEN found_id END, CASE WHEN matched THEN p_user_id END, p_now
   WHERE (SELECT count(*) FROM (SELECT 1 FROM "VerificationAttempt"
            WHERE "source" = p_source AND "createdAt" > p_now - p_source_window
            LIMIT p_source_max) a) < p_source_max
     AND (SELECT count(*) FROM (SELECT 1 FROM "VerificationAttempt"
            WHERE "contractNumber" = p_contract_number AND "source" = p_source AND NOT "succeeded"
              AND "createdAt" > p_now - p_pair_window
            LIMIT p_pair_max) f) < p_pair_max;
  recorded := FOUND;

  IF recorded AND matched THEN
    status := found_status;
    SELECT jsonb_agg(jsonb_build_object(
             'versionNo', v."versionNo", 'kind', v."kind", 'changeType', v."changeType", 'issuedAt', v."issuedAt",
             'content', v."content", 'signature', encode(v."signature", 'base64'), 'signingKeyId', v."signingKeyId",
             'hiddenFromHistory', v."hiddenFromHistory") ORDER BY v."versionNo")
      INTO versions
      FROM "CertificateVersion" v
     WHERE v."guaranteeId" = found_id;
  END IF;
  RETURN NEXT;
END
$$;

-- One sign-in attempt, counted and recorded BEFORE the password is checked (lib/auth/login-throttle.ts),
-- under the source's transaction-scoped advisory lock, so parallel guesses are counted one after another:
--   1. the source: at most p_source_max failures within p_source_window, whichever accounts;
--   2. the account from this source: p_pair_free failures since its last success (within p_pair_window)
--      are free; after that each attempt must wait p_pair_base_delay × 2^(failures − p_pair_free), at most
--      p_pair_max_delay, after the last failure. No count is per account alone, so nobody can lock an
--      account out from another address.
-- An allowed attempt is inserted as a failure and returns its id; the caller marks it succeeded once the
-- password matched. A refused attempt is not recorded (it does not extend its own wait) and returns the
-- seconds until the next attempt is allowed.
CREATE FUNCTION "record_login_attempt"(
  p_email TEXT,
  p_ip_address TEXT,
  p_source TEXT,
  p_now TIMESTAMPTZ,
  p_source_window INTERVAL,
  p_source_max INTEGER,
  p_pair_window INTERVAL,
  p_pair_free INTEGER,
  p_pair_base_delay INTERVAL,
  p_pair_max_delay INTERVAL
) RETURNS TABLE ("attempt_id" BIGINT, "retry_after_seconds" INTEGER)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  source_failures INTEGER;
  source_oldest TIMESTAMPTZ;
  last_success TIMESTAMPTZ;
  pair_failures INTEGER;
  last_failure TIMESTAMPTZ;
  allowed_at TIMESTAMPTZ;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('login-src:' || p_source, 0));

  SELECT count(*), min(s."createdAt") INTO source_failures, source_oldest
    FROM (SELECT "createdAt" FROM "LoginAttempt"
           WHERE "source" = p_source AND NOT "succeeded" AND "createdAt" > p_now - p_source_window
           ORDER BY "createdAt" DESC LIMIT p_source_max) s;
  IF source_failures >= p_source_max THEN
    retry_after_seconds := GREATEST(1, CEIL(EXTRACT(EPOCH FROM source_oldest + p_source_window - p_now)))::INTEGER;
    RETURN NEXT;
    RETURN;
  END IF;

  SELECT max("createdAt") INTO last_success FROM "LoginAttempt"
   WHERE "email" = p_email AND "source" = p_source AND "succeeded" AND "createdAt" > p_now - p_pair_window;
  SELECT count(*), max("createdAt") INTO pair_failures, last_failure FROM "LoginAttempt"
   WHERE "email" = p_email AND "source" = p_source AND NOT "succeeded"
     AND "createdAt" > GREATEST(p_now - p_pair_window, COALESCE(last_success, '-infinity'::TIMESTAMPTZ));
  IF pair_failures >= p_pair_free THEN
    allowed_at := last_failure + LEAST(p_pair_max_delay, p_pair_base_delay * power(2, LEAST(pair_failures - p_pair_free, 30)));
    IF allowed_at > p_now THEN
      retry_after_seconds := GREATEST(1, CEIL(EXTRACT(EPOCH FROM allowed_at - p_now)))::INTEGER;
      RETURN NEXT;
      RETURN;
    END IF;
  END IF;

  INSERT INTO "LoginAttempt" ("email", "ipAddress", "source", "succeeded", "createdAt")
  VALUES (p_email, p_ip_address, p_source, FALSE, p_now)
  RETURNING "id" INTO attempt_id;
  RETURN NEXT;
END
$$;
