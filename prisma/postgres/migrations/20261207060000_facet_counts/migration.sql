-- Statement counts per facet value and month over the statements readers see (published, not
-- deleted), kept up to date by triggers inside each write's own transaction: the PostgreSQL twin
-- of the SQLite migration facet_counts (its header lists the dimensions), with the same figures.
--
-- SQLite subtracts a statement's contribution in BEFORE triggers and adds it in AFTER triggers.
-- That does not carry over: PostgreSQL runs row-level AFTER triggers at the end of the whole
-- statement, so a multi-row write (createMany, deleteMany) would subtract one state and add
-- another. Here each statement's contribution is kept in facet_count_statement, and a refresh
-- recomputes it from the current rows and adds the difference to FacetCount. A refresh is
-- idempotent, so it can run any number of times, in any order, from any trigger.
--
-- Hand-written (Prisma cannot express triggers); FacetCount itself is a model, and
-- prisma.postgres.config.ts lists facet_count_statement under tables.external.
-- CAUTION: a migration that redefines Statement, Stance, Claim, StatementSource or Source must
-- drop these triggers first and re-create them after.

CREATE TABLE "facet_count_statement" (
    "statementId" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    PRIMARY KEY ("statementId", "dimension", "value", "month")
);

-- The (dimension, value, month) rows one statement counts in; none unless readers see it.
CREATE FUNCTION facet_count_rows(statement_id INTEGER) RETURNS TABLE (d TEXT, v TEXT, m TEXT)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT x.d, x.v, x.m FROM "Statement" AS s
    CROSS JOIN LATERAL (
        SELECT 'all', '', substr(s."dateSort", 1, 7)
        UNION ALL SELECT 'speaker', CAST(s."speakerId" AS TEXT), substr(s."dateSort", 1, 7)
        UNION ALL SELECT 'kind', CAST(s."kind" AS TEXT), substr(s."dateSort", 1, 7)
        UNION ALL SELECT 'span', lpad(CAST(CAST(s."dateEnd" AS DATE) - CAST(s."dateStart" AS DATE) AS TEXT), 6, '0'), ''
        UNION ALL SELECT 'with-claims', '', substr(s."dateSort", 1, 7)
            WHERE EXISTS (SELECT 1 FROM "Claim" AS c WHERE c."statementId" = s."id")
        UNION ALL SELECT 'topic', CAST(st."topicId" AS TEXT), substr(s."dateSort", 1, 7)
            FROM "Stance" AS st WHERE st."statementId" = s."id"
        UNION ALL SELECT 'topic-stance', st."topicId" || ':' || CAST(st."stance" AS TEXT), substr(s."dateSort", 1, 7)
            FROM "Stance" AS st WHERE st."statementId" = s."id"
        UNION ALL SELECT 'topic-speaker', st."topicId" || ':' || s."speakerId", substr(s."dateSort", 1, 7)
            FROM "Stance" AS st WHERE st."statementId" = s."id"
        UNION ALL SELECT 'stance', CAST(st."stance" AS TEXT), substr(s."dateSort", 1, 7)
            FROM "Stance" AS st WHERE st."statementId" = s."id"
        UNION ALL SELECT 'source', CAST(so."kind" AS TEXT), substr(s."dateSort", 1, 7)
            FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId" WHERE ss."statementId" = s."id"
        UNION ALL SELECT 'claim', CAST(c."status" AS TEXT), substr(s."dateSort", 1, 7)
            FROM "Claim" AS c WHERE c."statementId" = s."id"
    ) AS x (d, v, m)
    WHERE s."id" = statement_id AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
$$;

CREATE FUNCTION facet_count_refresh(statement_id INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    IF statement_id IS NULL THEN
        RETURN;
    END IF;
    -- One refresh of a statement at a time: two transactions must not both add the same difference.
    PERFORM pg_advisory_xact_lock(1178, statement_id);
    INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
    SELECT d, v, m, SUM(n) FROM (
        SELECT d, v, m, 1 AS n FROM facet_count_rows(statement_id)
        UNION ALL
        SELECT "dimension", "value", "month", -1 FROM "facet_count_statement" WHERE "statementId" = statement_id
    ) AS change
    GROUP BY d, v, m HAVING SUM(n) <> 0
    -- A fixed order of row locks, so concurrent writers queue instead of deadlocking.
    ORDER BY d, v, m
    ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = "FacetCount"."count" + EXCLUDED."count";
    DELETE FROM "facet_count_statement" WHERE "statementId" = statement_id;
    INSERT INTO "facet_count_statement" ("statementId", "dimension", "value", "month")
    SELECT statement_id, d, v, m FROM facet_count_rows(statement_id);
END
$$;

CREATE FUNCTION facet_count_statement_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM facet_count_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END
$$;

CREATE TRIGGER "facet_count_statement" AFTER INSERT OR DELETE
    OR UPDATE OF "status", "deletedAt", "speakerId", "kind", "dateSort", "dateStart", "dateEnd" ON "Statement"
FOR EACH ROW EXECUTE FUNCTION facet_count_statement_changed();

-- Stance, Claim and StatementSource: a row that moves to another statement refreshes both.
CREATE FUNCTION facet_count_child_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM facet_count_refresh(OLD."statementId");
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."statementId" IS DISTINCT FROM OLD."statementId") THEN
        PERFORM facet_count_refresh(NEW."statementId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "facet_count_stance" AFTER INSERT OR DELETE OR UPDATE OF "statementId", "topicId", "stance" ON "Stance"
FOR EACH ROW EXECUTE FUNCTION facet_count_child_changed();

CREATE TRIGGER "facet_count_claim" AFTER INSERT OR DELETE OR UPDATE OF "statementId", "status" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION facet_count_child_changed();

CREATE TRIGGER "facet_count_statement_source" AFTER INSERT OR DELETE OR UPDATE OF "statementId", "sourceId" ON "StatementSource"
FOR EACH ROW EXECUTE FUNCTION facet_count_child_changed();

-- Source: a source's kind counts for every statement that cites it.
CREATE FUNCTION facet_count_source_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM facet_count_refresh(ss."statementId") FROM "StatementSource" AS ss WHERE ss."sourceId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "facet_count_source" AFTER UPDATE OF "kind" ON "Source"
FOR EACH ROW EXECUTE FUNCTION facet_count_source_changed();

-- Count the statements that already exist.
INSERT INTO "facet_count_statement" ("statementId", "dimension", "value", "month")
SELECT s."id", r.d, r.v, r.m FROM "Statement" AS s CROSS JOIN LATERAL facet_count_rows(s."id") AS r;

INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
SELECT "dimension", "value", "month", COUNT(*) FROM "facet_count_statement" GROUP BY "dimension", "value", "month"
ON CONFLICT ("dimension", "value", "month") DO UPDATE SET "count" = EXCLUDED."count";
