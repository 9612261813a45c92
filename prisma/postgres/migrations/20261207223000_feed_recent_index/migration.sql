-- CreateIndex
CREATE INDEX "Statement_status_deletedAt_updatedAt_id_idx" ON "Statement"("status", "deletedAt", "updatedAt", "id");
