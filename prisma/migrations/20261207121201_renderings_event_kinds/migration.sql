-- AlterTable
ALTER TABLE "StatementSource" ADD COLUMN "rendering" TEXT;
