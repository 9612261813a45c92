-- FacetCount keeps only what something reads: the 'span' rows (how many visible statements have
-- an interval of each length), whose maximum bounds the timeline's date-range lookups
-- (lib/statements/timeline.ts, longestIntervalDays). Every other count moved to the facet index in
-- each server's memory (lib/statements/facet-index.ts), yet triggers still kept them on every write
-- to a statement, stance, claim, statement source or source, each deriving the statement's whole
-- contribution again: a create with 3 topics, 2 claims and a source ran it 7 times, some 12 to
-- 16 ms of the write at 100,000 statements. A span depends on the statement row alone (its dates
-- and whether readers see it), so triggers on Statement keep it. Hand-written.
-- The refresh machinery of migration facet_counts stays; its rows are now the span alone.

DROP TRIGGER "facet_count_stance" ON "Stance";
DROP TRIGGER "facet_count_claim" ON "Claim";
DROP TRIGGER "facet_count_statement_source" ON "StatementSource";
DROP TRIGGER "facet_count_source" ON "Source";
DROP FUNCTION facet_count_child_changed();
DROP FUNCTION facet_count_source_changed();

CREATE OR REPLACE FUNCTION facet_count_rows(statement_id INTEGER) RETURNS TABLE (d TEXT, v TEXT, m TEXT)
LANGUAGE sql STABLE AS $$
    SELECT 'span', lpad(CAST(CAST(s."dateEnd" AS DATE) - CAST(s."dateStart" AS DATE) AS TEXT), 6, '0'), ''
    FROM "Statement" AS s
    WHERE s."id" = statement_id AND s."status" = 'PUBLISHED' AND s."deletedAt" IS NULL
$$;

DROP TRIGGER "facet_count_statement" ON "Statement";
CREATE TRIGGER "facet_count_statement" AFTER INSERT OR DELETE OR UPDATE OF "status", "deletedAt", "dateStart", "dateEnd" ON "Statement"
FOR EACH ROW EXECUTE FUNCTION facet_count_statement_changed();

DELETE FROM "facet_count_statement" WHERE "dimension" <> 'span';
DELETE FROM "FacetCount" WHERE "dimension" <> 'span';
