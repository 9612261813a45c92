-- A link between two statements shows on both permalinks and on the topic views of both: adding,
-- changing or removing one bumps the cache tags of both ends (their speakers and topics), as the
-- triggers of migration `cache_tags` do for a statement's own parts. Hand-written.
-- Deferred to commit time like the others (one number per transaction).

CREATE FUNCTION cache_tag_statement_relation() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(OLD."fromId") || cache_tags_of_statement(OLD."toId"));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(NEW."fromId") || cache_tags_of_statement(NEW."toId"));
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "cache_tag_statement_relation" AFTER INSERT OR UPDATE OR DELETE ON "StatementRelation"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_statement_relation();
