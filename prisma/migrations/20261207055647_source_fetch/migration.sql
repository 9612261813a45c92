-- AlterTable
ALTER TABLE "Source" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "fetchedSha256" TEXT;
