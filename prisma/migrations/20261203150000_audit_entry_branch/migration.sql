-- The staff audit page reads one branch's trail, newest first, a page at a time (keyset on id). With
-- millions of entries the branch must be a column of the entry itself, indexed with id: the scope
-- "the entity belongs to the branch, or the actor works there" is decided once, when the entry is
-- written, by the trigger below, so no caller has to pass it and none can get it wrong.
ALTER TABLE "AuditEntry" ADD COLUMN "branchId" UUID;

-- The branch of an entry: that of its entity when the entity's table has a "branchId" column
-- (Application, Guarantee, and every later table scoped to a branch), else that of the acting user.
CREATE FUNCTION "audit_entry_branch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entity_table regclass;
BEGIN
  IF NEW."branchId" IS NULL AND NEW."entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    entity_table := to_regclass(format('public.%I', NEW."entityType"));
    IF entity_table IS NOT NULL AND EXISTS (
      SELECT 1 FROM pg_attribute WHERE attrelid = entity_table AND attname = 'branchId' AND NOT attisdropped
    ) THEN
      EXECUTE format('SELECT "branchId" FROM %s WHERE id = $1', entity_table) INTO NEW."branchId" USING NEW."entityId"::uuid;
    END IF;
  END IF;
  IF NEW."branchId" IS NULL AND NEW."actorId" IS NOT NULL THEN
    SELECT "branchId" INTO NEW."branchId" FROM "User" WHERE id = NEW."actorId";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditEntry_branch"
  BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_branch"();

-- Entries written before this migration: the same rule, once. The trail is append-only, so its guard
-- is lifted for this statement only, inside the migration's transaction.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";
UPDATE "AuditEntry" a SET "branchId" = COALESCE(
  CASE a."entityType"
    WHEN 'Application' THEN (SELECT "branchId" FROM "Application" WHERE id::text = a."entityId")
    WHEN 'Guarantee' THEN (SELECT "branchId" FROM "Guarantee" WHERE id::text = a."entityId")
  END,
  (SELECT "branchId" FROM "User" WHERE id = a."actorId"));
ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";

CREATE INDEX "AuditEntry_branchId_id_idx" ON "AuditEntry"("branchId", "id" DESC);
CREATE INDEX "AuditEntry_branchId_action_id_idx" ON "AuditEntry"("branchId", "action", "id" DESC);
