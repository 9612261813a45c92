-- DropIndex
DROP INDEX "Statement_status_deletedAt_dateSort_idx";

-- CreateIndex
CREATE INDEX "Statement_status_deletedAt_dateSort_dateStart_idx" ON "Statement"("status", "deletedAt", "dateSort", "dateStart");

-- CreateIndex
CREATE INDEX "Statement_id_status_deletedAt_dateSort_dateStart_idx" ON "Statement"("id", "status", "deletedAt", "dateSort", "dateStart");
