-- Full-text search over statements, as SQLite's statement_fts does it: a statement's text, its
-- claims' texts and the titles of its sources, in one tsvector per statement with a GIN index.
-- Search with
--   SELECT "statementId" FROM statement_search WHERE document @@ to_tsquery('statement_words', ?)
-- and join Statement on id (filtering deletedAt / status there).
--
-- Hand-written: Prisma cannot model it. prisma.postgres.config.ts lists statement_search under
-- tables.external, so drift checks ignore it and generated migrations keep it. Prisma does not
-- manage functions or triggers, so it leaves those below alone.
--
-- Words are indexed as SQLite's `unicode61 remove_diacritics 2` tokenizer does: lower case,
-- accents removed, no stemming (the `statement_words` configuration: unaccent, then simple; the
-- same configuration highlights matches with ts_headline). The triggers rebuild a statement's row
-- whenever its text, claims, source links or source titles change.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION statement_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION statement_words
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

CREATE TABLE "statement_search" (
    "statementId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "document" TSVECTOR NOT NULL
);

CREATE INDEX "statement_search_document_idx" ON "statement_search" USING GIN ("document");

-- The indexed text of one statement: text (weight A), claims (B), source titles (C).
CREATE FUNCTION statement_search_document(statement_id INTEGER) RETURNS TSVECTOR
LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('statement_words', s."text"), 'A')
        || setweight(to_tsvector('statement_words', coalesce((
            SELECT string_agg(c."text", E'\n' ORDER BY c."position", c."id")
            FROM "Claim" AS c WHERE c."statementId" = s."id"), '')), 'B')
        || setweight(to_tsvector('statement_words', coalesce((
            SELECT string_agg(so."title", E'\n' ORDER BY ss."position", so."id")
            FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id"), '')), 'C')
    FROM "Statement" AS s WHERE s."id" = statement_id
$$;

CREATE FUNCTION statement_search_refresh(statement_id INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    IF statement_id IS NULL OR NOT EXISTS (SELECT 1 FROM "Statement" WHERE "id" = statement_id) THEN
        RETURN;
    END IF;
    INSERT INTO "statement_search" ("statementId", "document")
    VALUES (statement_id, statement_search_document(statement_id))
    ON CONFLICT ("statementId") DO UPDATE SET "document" = EXCLUDED."document";
END
$$;

-- Statement: its own text (a deleted statement's row goes with it: ON DELETE CASCADE).
CREATE FUNCTION statement_search_statement_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statement_search_refresh(NEW."id");
    RETURN NULL;
END
$$;

CREATE TRIGGER "statement_search_statement" AFTER INSERT OR UPDATE OF "text" ON "Statement"
FOR EACH ROW EXECUTE FUNCTION statement_search_statement_changed();

-- Claim and StatementSource: a row that moves to another statement updates both.
CREATE FUNCTION statement_search_child_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM statement_search_refresh(OLD."statementId");
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."statementId" IS DISTINCT FROM OLD."statementId") THEN
        PERFORM statement_search_refresh(NEW."statementId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "statement_search_claim" AFTER INSERT OR DELETE OR UPDATE OF "text", "statementId" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION statement_search_child_changed();

CREATE TRIGGER "statement_search_statement_source" AFTER INSERT OR DELETE OR UPDATE OF "statementId", "sourceId" ON "StatementSource"
FOR EACH ROW EXECUTE FUNCTION statement_search_child_changed();

-- Source: a renamed source changes every statement that links to it.
CREATE FUNCTION statement_search_source_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statement_search_refresh(ss."statementId")
    FROM "StatementSource" AS ss WHERE ss."sourceId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "statement_search_source" AFTER UPDATE OF "title" ON "Source"
FOR EACH ROW EXECUTE FUNCTION statement_search_source_changed();

-- Backfill the statements that already exist.
INSERT INTO "statement_search" ("statementId", "document")
SELECT s."id", statement_search_document(s."id") FROM "Statement" AS s;
