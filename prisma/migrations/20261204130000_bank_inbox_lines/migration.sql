-- The bank desk's inbox lists its branch's requests with a line still 依頼中. Found from the requests
-- of the branch it walked every request of the branch (thousands) to find the few waiting; found from
-- the 依頼中 lines it read those of every bank. So each line carries its request's bank branch (a
-- request's 預託金融機関 never changes), set by the trigger below when the line is written, and the
-- 依頼中 lines of one branch are one small index range.
ALTER TABLE "PayoutRequestLine" ADD COLUMN "bankBranchId" UUID;
UPDATE "PayoutRequestLine" l SET "bankBranchId" = r."bankBranchId" FROM "PayoutRequest" r WHERE r.id = l."requestId";
ALTER TABLE "PayoutRequestLine" ALTER COLUMN "bankBranchId" SET NOT NULL;

CREATE FUNCTION "payout_request_line_bank_branch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "bankBranchId" INTO NEW."bankBranchId" FROM "PayoutRequest" WHERE id = NEW."requestId";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PayoutRequestLine_bank_branch"
  BEFORE INSERT OR UPDATE OF "requestId" ON "PayoutRequestLine"
  FOR EACH ROW EXECUTE FUNCTION "payout_request_line_bank_branch"();

CREATE INDEX "PayoutRequestLine_bankBranchId_status_requestId_idx" ON "PayoutRequestLine"("bankBranchId", "status", "requestId");
