-- What each cached page depends on, and when it last changed: the page cache
-- (lib/cache/page-cache-handler.mjs) keeps a rendered page with its tags and the sequence number
-- read before rendering it, and serves it only while none of its tags has a newer number. Triggers
-- bump the numbers inside each write's own transaction, so every writer (a form, the API, an
-- import from the command line, another app instance on the same database) invalidates exactly the
-- pages it changes, and a page rendered before a write's commit is never served after it.
--
-- Tags: 'statements' (timelines and indexes), 'speaker:<id>' and 'topic:<id>' (the statements of a
-- speaker or a topic changed: their pages, permalinks and filtered views), 'catalog' (a speaker,
-- topic, source or event itself changed: their names show on every page). The row '*' holds the
-- latest number. The set of tags is bounded by the number of speakers and topics.
--
-- Hand-written; prisma.config.ts lists CacheTag under tables.external. The benchmark database's
-- bulk load sets the triggers aside like the others.

CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL
);

INSERT INTO "CacheTag" ("tag", "seq") VALUES ('*', 1);

-- A statement: the timelines, its speaker (before and after) and its topics.
CREATE TRIGGER "cache_tag_statement_ai" AFTER INSERT ON "Statement" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || NEW."speakerId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = NEW."id"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_au" AFTER UPDATE ON "Statement" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || OLD."speakerId"
        UNION SELECT 'speaker:' || NEW."speakerId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (OLD."id", NEW."id")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_bd" BEFORE DELETE ON "Statement" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || OLD."speakerId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = OLD."id"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

-- A stance: its topic (before and after) and its statement's speaker and other topics.
CREATE TRIGGER "cache_tag_stance_ai" AFTER INSERT ON "Stance" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'topic:' || NEW."topicId"
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = NEW."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_stance_au" AFTER UPDATE ON "Stance" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'topic:' || OLD."topicId"
        UNION SELECT 'topic:' || NEW."topicId"
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (OLD."statementId", NEW."statementId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_stance_ad" AFTER DELETE ON "Stance" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'topic:' || OLD."topicId"
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = OLD."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

-- A claim or a statement's source: everything its statement shows on.
CREATE TRIGGER "cache_tag_claim_ai" AFTER INSERT ON "Claim" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = NEW."statementId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = NEW."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_claim_au" AFTER UPDATE ON "Claim" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (OLD."statementId", NEW."statementId")
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (OLD."statementId", NEW."statementId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_claim_ad" AFTER DELETE ON "Claim" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = OLD."statementId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = OLD."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_source_ai" AFTER INSERT ON "StatementSource" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = NEW."statementId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = NEW."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_source_au" AFTER UPDATE ON "StatementSource" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (OLD."statementId", NEW."statementId")
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (OLD."statementId", NEW."statementId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_source_ad" AFTER DELETE ON "StatementSource" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" = OLD."statementId"
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" = OLD."statementId"
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

-- The catalog (speakers, their aliases and roles, topics, sources, events): names and details that
-- show on many pages, rarely changed: every page depends on 'catalog'.
CREATE TRIGGER "cache_tag_person_ai" AFTER INSERT ON "Person" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_au" AFTER UPDATE ON "Person" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_ad" AFTER DELETE ON "Person" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_alias_ai" AFTER INSERT ON "PersonAlias" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_alias_au" AFTER UPDATE ON "PersonAlias" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_alias_ad" AFTER DELETE ON "PersonAlias" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_role_ai" AFTER INSERT ON "PersonRole" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_role_au" AFTER UPDATE ON "PersonRole" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_person_role_ad" AFTER DELETE ON "PersonRole" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_topic_ai" AFTER INSERT ON "Topic" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_topic_au" AFTER UPDATE ON "Topic" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_topic_ad" AFTER DELETE ON "Topic" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_source_ai" AFTER INSERT ON "Source" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_source_au" AFTER UPDATE ON "Source" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_source_ad" AFTER DELETE ON "Source" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_event_ai" AFTER INSERT ON "Event" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_event_au" AFTER UPDATE ON "Event" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_event_ad" AFTER DELETE ON "Event" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq") SELECT 'catalog', "seq" FROM "CacheTag" WHERE "tag" = '*'
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;
