-- DropIndex
DROP INDEX "Statement_speakerId_dateSort_idx";

-- CreateIndex
CREATE INDEX "Statement_speakerId_dateSort_dateStart_id_status_deletedAt_idx" ON "Statement"("speakerId", "dateSort", "dateStart", "id", "status", "deletedAt");
