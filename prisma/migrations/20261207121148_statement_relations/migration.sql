-- CreateTable
CREATE TABLE "StatementRelation" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("fromId", "toId", "type"),
    CONSTRAINT "StatementRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StatementRelation_toId_idx" ON "StatementRelation"("toId");
