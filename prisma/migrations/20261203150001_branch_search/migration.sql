-- Staff search a whole branch (a million guarantees) by part of a 工事名. `ILIKE '%…%'` alone reads every
-- row; pg_trgm would not help: in this database's C locale it finds no trigrams in Japanese text. So the
-- text is indexed by its characters and pairs of characters (an n-gram GIN index): a search for 「河川維持」
-- first takes the rows holding 河川, 川維 and 維持 from the index, then ILIKE checks each exactly.
-- lower() on both sides folds case as ILIKE does in this database.

-- Every character and every pair of neighbouring characters of `t`, lower-cased.
CREATE FUNCTION "netdesk_search_grams"(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, length(t)) AS i
    UNION ALL
    SELECT substr(lower(t), i, 2) FROM generate_series(1, length(t) - 1) AS i
  ) AS grams
$$;

-- What a row must hold for `q` to be part of it: its pairs of characters (one character alone: that one).
CREATE FUNCTION "netdesk_query_grams"(q text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(q) < 2 THEN ARRAY[lower(q)]
              ELSE ARRAY(SELECT DISTINCT substr(lower(q), i, 2) FROM generate_series(1, length(q) - 1) AS i) END
$$;

-- The grams are kept beside the text (generated, so no code writes them): checking a row against a search
-- is then an array comparison, not a computation, in every plan.
ALTER TABLE "Guarantee" ADD COLUMN "searchGrams" text[] GENERATED ALWAYS AS ("netdesk_search_grams"("projectName")) STORED;
-- The inbox searches 申込番号 and 工事名 with one column.
ALTER TABLE "Application" ADD COLUMN "searchGrams" text[]
  GENERATED ALWAYS AS ("netdesk_search_grams"(coalesce("applicationNumber", '') || ' ' || coalesce("projectName", ''))) STORED;
ALTER TABLE "ContractorCompany" ADD COLUMN "searchGrams" text[] GENERATED ALWAYS AS ("netdesk_search_grams"("name")) STORED;
CREATE INDEX "Guarantee_searchGrams_idx" ON "Guarantee" USING GIN ("searchGrams");
CREATE INDEX "Application_searchGrams_idx" ON "Application" USING GIN ("searchGrams");
CREATE INDEX "ContractorCompany_searchGrams_idx" ON "ContractorCompany" USING GIN ("searchGrams");

-- The branch's lists, newest first.
CREATE INDEX "Guarantee_branchId_issuedAt_idx" ON "Guarantee"("branchId", "issuedAt" DESC);
CREATE INDEX "Application_branchId_submittedAt_createdAt_idx" ON "Application"("branchId", "submittedAt" DESC, "createdAt" DESC);
