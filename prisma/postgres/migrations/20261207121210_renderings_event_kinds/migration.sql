-- AlterEnum
-- New enum values are appended (no type rewrite, no table lock beyond the catalog). Inside a
-- transaction PostgreSQL 12+ accepts ADD VALUE but refuses to use the new value before commit:
-- nothing in this migration uses it. IF NOT EXISTS lets a re-run after a partial failure pass.

ALTER TYPE "EventKind" ADD VALUE IF NOT EXISTS 'MINISTERIAL';
ALTER TYPE "EventKind" ADD VALUE IF NOT EXISTS 'ELECTION';

-- AlterTable
ALTER TABLE "StatementSource" ADD COLUMN     "rendering" TEXT;
