-- One 発注者 verification attempt in one round trip (called by lib/server/verification/verification-attempt.ts):
--   1. look the guarantee up by 保証契約番号 and compare the keyed hash of the typed 認証キー with the stored one;
--   2. take the throttle's transaction-scoped advisory locks: the address's, and the number's when the key did
--      not match (only failures are counted per number, so many ordering bodies may check one number at once);
--   3. record the attempt only if both windows still allow it;
--   4. when recorded and matched, return the guarantee's status and every certificate version.
-- A VOLATILE PL/pgSQL function under READ COMMITTED takes a new snapshot for each statement, so the counts in
-- step 3 see every attempt committed before the locks of step 2 were granted: concurrent attempts never pass a
-- limit. The locks are released when the calling statement's transaction ends.
-- An unknown number and a wrong key run the same statements. The hash comparison is an ordinary bytea
-- equality: both sides are HMAC outputs under a key the caller does not have, so how long it takes tells
-- nothing about the key.
CREATE FUNCTION "record_verification_attempt"(
  p_contract_number TEXT,
  p_key_hash BYTEA,
  p_ip_address TEXT,
  p_user_id UUID,
  p_now TIMESTAMPTZ,
  p_address_window INTERVAL,
  p_address_max INTEGER,
  p_number_window INTERVAL,
  p_number_max INTEGER
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

  PERFORM pg_advisory_xact_lock(hashtextextended('verify-ip:' || p_ip_address, 0));
  IF NOT matched THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('verify-no:' || p_contract_number, 0));
  END IF;

  INSERT INTO "VerificationAttempt" ("contractNumber", "ipAddress", "succeeded", "guaranteeId", "userId", "createdAt")
  SELECT p_contract_number, p_ip_address, matched,
         CASE WHEN matched THEN found_id END, CASE WHEN matched THEN p_user_id END, p_now
   WHERE (SELECT count(*) FROM (SELECT 1 FROM "VerificationAttempt"
            WHERE "ipAddress" = p_ip_address AND "createdAt" > p_now - p_address_window
            LIMIT p_address_max) a) < p_address_max
     AND (SELECT count(*) FROM (SELECT 1 FROM "VerificationAttempt"
            WHERE "contractNumber" = p_contract_number AND NOT "succeeded" AND "createdAt" > p_now - p_number_window
            LIMIT p_number_max) f) < p_number_max;
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
