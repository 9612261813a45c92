-- A link between two statements shows on both permalinks and on the topic views of both: adding,
-- changing or removing one bumps the cache tags of both ends (their speakers and topics), as the
-- triggers of migration `cache_tags` do for a statement's own parts. Hand-written.

CREATE TRIGGER "cache_tag_statement_relation_ai" AFTER INSERT ON "StatementRelation" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (NEW."fromId", NEW."toId")
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (NEW."fromId", NEW."toId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_relation_au" AFTER UPDATE ON "StatementRelation" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (OLD."fromId", OLD."toId", NEW."fromId", NEW."toId")
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (OLD."fromId", OLD."toId", NEW."fromId", NEW."toId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;

CREATE TRIGGER "cache_tag_statement_relation_ad" AFTER DELETE ON "StatementRelation" BEGIN
    UPDATE "CacheTag" SET "seq" = "seq" + 1 WHERE "tag" = '*';
    INSERT INTO "CacheTag" ("tag", "seq")
    SELECT t, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') FROM (
        SELECT 'statements' AS t
        UNION SELECT 'speaker:' || s."speakerId" FROM "Statement" AS s WHERE s."id" IN (OLD."fromId", OLD."toId")
        UNION SELECT 'topic:' || st."topicId" FROM "Stance" AS st WHERE st."statementId" IN (OLD."fromId", OLD."toId")
    ) WHERE true
    ON CONFLICT ("tag") DO UPDATE SET "seq" = excluded."seq";
END;
