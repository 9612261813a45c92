-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "fetchedSha256" TEXT;
