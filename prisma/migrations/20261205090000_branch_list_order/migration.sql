-- The staff lists of a whole branch walk their index in the list's full order, ties included
-- (lib/server/search/branch-search-page.ts looks for a page among the branch's newest rows): with the
-- tie-breaker outside the index PostgreSQL sorted every row it read once more (an incremental sort of
-- whole rows cost three times the walk itself).
DROP INDEX "Guarantee_branchId_issuedAt_idx";
CREATE INDEX "Guarantee_branchId_issuedAt_contractNumber_idx" ON "Guarantee"("branchId", "issuedAt" DESC, "contractNumber" DESC);
DROP INDEX "Application_branchId_submittedAt_createdAt_idx";
CREATE INDEX "Application_branchId_submittedAt_createdAt_id_idx" ON "Application"("branchId", "submittedAt" DESC, "createdAt" DESC, "id" DESC);
