-- Statement counts per facet value and month over the statements readers see (published, not
-- deleted), kept up to date by triggers inside each write's own transaction: the timeline's facet
-- counts, month strip and a topic's speakers read a few hundred rows instead of every statement,
-- and a write never leaves an aggregate to rebuild. Hand-written (Prisma cannot express triggers);
-- the table itself is the FacetCount model.
--
-- A statement's contribution is a set of (dimension, value, month) rows, computed from its current
-- data by one query. A change to a statement, or to a row that shapes its contribution, subtracts
-- the contribution as it was before the change (BEFORE trigger) and adds it as it is after (AFTER
-- trigger), so the counts follow any change without knowing what it was. Inserts are the
-- exception: an upsert fires BEFORE INSERT and then, on conflict, the UPDATE triggers without
-- AFTER INSERT; so an insert's AFTER trigger adds the contribution with the new row and
-- subtracts it without.
--
-- Dimensions (value; month is YYYY-MM of the middle day unless noted):
--   all ''                 every statement          speaker <id>    kind QUOTE|PARAPHRASE
--   topic <id>             stances on the topic     stance <value>  (once per statement)
--   topic-stance <id>:<v>  a topic's stances        topic-speaker <topicId>:<speakerId>
--   source <kind>          (once per statement)     claim <status>  (once per statement)
--   with-claims ''         statements with claims   span <days>     interval lengths (month '')
-- Rows whose count falls to 0 stay; readers ignore them.
-- CAUTION (as for the search index): a migration that redefines Statement, Stance, Claim,
-- StatementSource or Source must drop these triggers first and re-create them after.

-- CreateTable
CREATE TABLE "FacetCount" (
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("dimension", "value", "month")
);

-- Statement: visibility, speaker, kind and dates.
CREATE TRIGGER "facet_count_statement_ai" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_bu" BEFORE UPDATE OF "status", "deletedAt", "speakerId", "kind", "dateSort", "dateStart", "dateEnd" ON "Statement" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_au" AFTER UPDATE OF "status", "deletedAt", "speakerId", "kind", "dateSort", "dateStart", "dateEnd" ON "Statement" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_bd" BEFORE DELETE ON "Statement" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."id" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

-- Stance: a statement's stances.
CREATE TRIGGER "facet_count_stance_ai" AFTER INSERT ON "Stance" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND st."topicId" <> NEW."topicId"
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND st."topicId" <> NEW."topicId"
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND st."topicId" <> NEW."topicId"
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND st."topicId" <> NEW."topicId"
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_stance_bu" BEFORE UPDATE OF "stance", "topicId", "statementId" ON "Stance" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_stance_au" AFTER UPDATE OF "stance", "topicId", "statementId" ON "Stance" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_stance_bd" BEFORE DELETE ON "Stance" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_stance_ad" AFTER DELETE ON "Stance" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

-- Claim: a statement's claims.
CREATE TRIGGER "facet_count_claim_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id" AND c."id" <> NEW."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND c."id" <> NEW."id"
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_claim_bu" BEFORE UPDATE OF "status", "statementId" ON "Claim" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_claim_au" AFTER UPDATE OF "status", "statementId" ON "Claim" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_claim_bd" BEFORE DELETE ON "Claim" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_claim_ad" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

-- StatementSource: a statement's sources.
CREATE TRIGGER "facet_count_statement_source_ai" AFTER INSERT ON "StatementSource" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL AND ss."sourceId" <> NEW."sourceId"
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_source_bu" BEFORE UPDATE OF "sourceId", "statementId" ON "StatementSource" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_source_au" AFTER UPDATE OF "sourceId", "statementId" ON "StatementSource" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true AND NEW."statementId" <> OLD."statementId" GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = NEW."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_source_bd" BEFORE DELETE ON "StatementSource" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_statement_source_ad" AFTER DELETE ON "StatementSource" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" = OLD."statementId" AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

-- Source: a source's kind counts for every statement that cites it.
CREATE TRIGGER "facet_count_source_bu" BEFORE UPDATE OF "kind" ON "Source" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, -COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "facet_count_source_au" AFTER UPDATE OF "kind" ON "Source" BEGIN
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE s."id" IN (SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id") AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
    ) WHERE true GROUP BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "count" + excluded."count";
END;

-- Count the statements that already exist.
INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
SELECT d, v, m, COUNT(*) FROM (
        SELECT s."id" AS i, 'all' AS d, '' AS v, substr(s."dateSort", 1, 7) AS m FROM "Statement" AS s WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'kind', s."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'span', printf('%06d', CAST(round(julianday(s."dateEnd") - julianday(s."dateStart")) AS INTEGER)), '' FROM "Statement" AS s WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'with-claims', '', substr(s."dateSort", 1, 7) FROM "Statement" AS s WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT s."id", 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-stance', st."topicId" || ':' || st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT s."id", 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'stance', st."stance", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Stance" AS st ON st."statementId" = s."id" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'source', so."kind", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "StatementSource" AS ss ON ss."statementId" = s."id"
            JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
        UNION ALL SELECT DISTINCT s."id", 'claim', c."status", substr(s."dateSort", 1, 7) FROM "Statement" AS s JOIN "Claim" AS c ON c."statementId" = s."id" WHERE 1 AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
) GROUP BY d, v, m;
