-- What each cached page depends on, and when it last changed: the page cache
-- (lib/cache/page-cache-handler.mjs) keeps a rendered page with its tags and the sequence number
-- read before rendering it, and serves it only while none of its tags has a newer number. Triggers
-- bump the numbers in each writing transaction, so every writer (a form, the API, an import from
-- the command line, another app instance) invalidates exactly the pages it changes.
--
-- Tags: 'statements' (timelines and indexes), 'speaker:<id>' and 'topic:<id>' (the statements of a
-- speaker or a topic changed), 'catalog' (a speaker, topic, source or event itself changed). The
-- row '*' holds the latest number.
--
-- As for data_version, the triggers are deferred to commit time: the '*' row is locked for an
-- instant at the end of a writing transaction, and the numbers a reader sees come with the
-- change. One number per transaction, however many rows it writes.
--
-- Hand-written; prisma.postgres.config.ts lists CacheTag under tables.external.

CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL
);

INSERT INTO "CacheTag" ("tag", "seq") VALUES ('*', 1);

CREATE FUNCTION cache_tag_touch(tags TEXT[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    next_seq BIGINT;
BEGIN
    IF current_setting('tracker.cache_tag_tx', true) IS DISTINCT FROM CAST(txid_current() AS TEXT) THEN
        UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*' RETURNING "seq" INTO next_seq;
        PERFORM set_config('tracker.cache_tag_tx', CAST(txid_current() AS TEXT), true);
        PERFORM set_config('tracker.cache_tag_seq', CAST(next_seq AS TEXT), true);
    ELSE
        next_seq := CAST(current_setting('tracker.cache_tag_seq') AS BIGINT);
    END IF;
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT DISTINCT t, next_seq FROM unnest(tags) AS t WHERE t IS NOT NULL
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END
$$;

-- Everything a statement shows on: the timelines, its speaker and its topics.
CREATE FUNCTION cache_tags_of_statement(statement_id INTEGER) RETURNS TEXT[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY['statements']
        || ARRAY(SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = statement_id)
        || ARRAY(SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = statement_id)
$$;

CREATE FUNCTION cache_tag_statement() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(NEW."id") || ('speaker:' || NEW."speakerId"));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(NEW."id") || ('speaker:' || OLD."speakerId") || ('speaker:' || NEW."speakerId"));
    ELSE
        PERFORM cache_tag_touch(ARRAY['statements', 'speaker:' || OLD."speakerId"]);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION cache_tag_stance() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(OLD."statementId") || ('topic:' || OLD."topicId"));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(NEW."statementId") || ('topic:' || NEW."topicId"));
    END IF;
    RETURN NULL;
END
$$;

-- A claim or a statement's source: everything its statement shows on.
CREATE FUNCTION cache_tag_statement_part() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(OLD."statementId"));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM cache_tag_touch(cache_tags_of_statement(NEW."statementId"));
    END IF;
    RETURN NULL;
END
$$;

-- The catalog (speakers, their aliases and roles, topics, sources, events): names and details that
-- show on many pages, rarely changed.
CREATE FUNCTION cache_tag_catalog() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cache_tag_touch(ARRAY['catalog']);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "cache_tag_statement" AFTER INSERT OR UPDATE OR DELETE ON "Statement"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_statement();
CREATE CONSTRAINT TRIGGER "cache_tag_stance" AFTER INSERT OR UPDATE OR DELETE ON "Stance"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_stance();
CREATE CONSTRAINT TRIGGER "cache_tag_claim" AFTER INSERT OR UPDATE OR DELETE ON "Claim"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_statement_part();
CREATE CONSTRAINT TRIGGER "cache_tag_statement_source" AFTER INSERT OR UPDATE OR DELETE ON "StatementSource"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_statement_part();
CREATE CONSTRAINT TRIGGER "cache_tag_person" AFTER INSERT OR UPDATE OR DELETE ON "Person"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
CREATE CONSTRAINT TRIGGER "cache_tag_person_alias" AFTER INSERT OR UPDATE OR DELETE ON "PersonAlias"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
CREATE CONSTRAINT TRIGGER "cache_tag_person_role" AFTER INSERT OR UPDATE OR DELETE ON "PersonRole"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
CREATE CONSTRAINT TRIGGER "cache_tag_topic" AFTER INSERT OR UPDATE OR DELETE ON "Topic"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
CREATE CONSTRAINT TRIGGER "cache_tag_source" AFTER INSERT OR UPDATE OR DELETE ON "Source"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
CREATE CONSTRAINT TRIGGER "cache_tag_event" AFTER INSERT OR UPDATE OR DELETE ON "Event"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cache_tag_catalog();
