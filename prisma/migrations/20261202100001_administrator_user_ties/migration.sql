-- A user belongs to exactly the record of their role; an administrator (本店) to none of them.
ALTER TABLE "User" DROP CONSTRAINT "User_role_ties_check";
ALTER TABLE "User" ADD CONSTRAINT "User_role_ties_check" CHECK (
  ("role" = 'CONTRACTOR' AND "companyId" IS NOT NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL) OR
  ("role" = 'SURETY_STAFF' AND "branchId" IS NOT NULL AND "companyId" IS NULL AND "orderingBodyId" IS NULL) OR
  ("role" = 'ORDERING_BODY' AND "orderingBodyId" IS NOT NULL AND "companyId" IS NULL AND "branchId" IS NULL) OR
  ("role" = 'ADMINISTRATOR' AND "companyId" IS NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL)
);
