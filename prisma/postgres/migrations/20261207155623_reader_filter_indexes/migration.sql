-- CreateIndex
CREATE INDEX "Stance_stance_statementId_idx" ON "Stance"("stance", "statementId");

-- CreateIndex
CREATE INDEX "Statement_kind_status_deletedAt_dateSort_dateStart_idx" ON "Statement"("kind", "status", "deletedAt", "dateSort", "dateStart");
