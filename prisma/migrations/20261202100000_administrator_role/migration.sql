-- 本店の管理者: a role above branch staff (docs/DOMAIN.md). A new enum value cannot be used in the
-- transaction that adds it, so the CHECK that names it follows in the next migration.
ALTER TYPE "Role" ADD VALUE 'ADMINISTRATOR';
