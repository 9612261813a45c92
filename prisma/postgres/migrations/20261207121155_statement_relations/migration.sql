-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('REAFFIRMS', 'CLARIFIES', 'WALKS_BACK', 'CONTRADICTS', 'RESPONDS_TO', 'SAME_UTTERANCE');

-- CreateTable
CREATE TABLE "StatementRelation" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" "RelationType" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatementRelation_pkey" PRIMARY KEY ("fromId","toId","type")
);

-- CreateIndex
CREATE INDEX "StatementRelation_toId_idx" ON "StatementRelation"("toId");

-- AddForeignKey
ALTER TABLE "StatementRelation" ADD CONSTRAINT "StatementRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementRelation" ADD CONSTRAINT "StatementRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
