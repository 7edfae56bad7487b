-- The verification attempt commits without waiting for its WAL to reach the disk (synchronous_commit
-- off for this transaction only: set_config(…, true) lasts until the statement's own commit).
-- Why: the flush was a third of the public API's cost at 32 connections (bench "verify": 75–81 % of
-- GET /api/health with it, 95 % without). What it risks: if PostgreSQL itself crashes (not the portal),
-- the attempts of the last ~0.6 s (3 × wal_writer_delay) may be lost; the database stays consistent
-- (asynchronous commit never leaves a half-written row) and nothing but attempt rows is written here.
-- Losing them gives back at most a few throttled turns, against a 12-character key from 62 letters.
-- The function is otherwise the one of 20261202110000_throttle_by_source.
CREATE OR REPLACE FUNCTION "record_verification_attempt"(
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
  PERFORM set_config('synchronous_commit', 'off', true);

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
