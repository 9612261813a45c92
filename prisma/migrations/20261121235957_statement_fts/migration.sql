-- Full-text search over statements: a statement's text, its claims' texts and the titles of its
-- sources, in one FTS5 row whose rowid is Statement.id. Search with
--   SELECT rowid FROM statement_fts WHERE statement_fts MATCH ? ORDER BY rank
-- and join Statement on id (filtering deletedAt / status there).
--
-- Hand-written: Prisma cannot model FTS5. prisma.config.ts lists statement_fts and its shadow
-- tables under tables.external, so drift checks ignore them and generated migrations keep them.
--
-- Triggers rebuild a statement's row (delete, then insert from the current data) whenever its
-- text, claims, source links or source titles change.
-- CAUTION: Prisma changes a SQLite table by redefining it (new_X, copy, DROP TABLE X, rename). That
-- drops X's triggers, and the rename fails while another trigger names the missing table.
-- scripts/migrate.ts dev handles it (drops these triggers first and re-creates them at the end of
-- the generated migration); a hand-written migration that redefines Statement, Claim,
-- StatementSource or Source must do the same.

-- CreateVirtualTable
CREATE VIRTUAL TABLE "statement_fts" USING fts5(
    "text",
    "claims",
    "sources",
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Statement: its own text.
CREATE TRIGGER "statement_fts_statement_ai" AFTER INSERT ON "Statement" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = NEW."id";
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = NEW."id";
END;

CREATE TRIGGER "statement_fts_statement_au" AFTER UPDATE OF "id", "text" ON "Statement" BEGIN
    DELETE FROM "statement_fts" WHERE rowid IN (OLD."id", NEW."id");
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = NEW."id";
END;

CREATE TRIGGER "statement_fts_statement_ad" AFTER DELETE ON "Statement" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = OLD."id";
END;

-- Claim: the texts of a statement's claims (a claim moved to another statement updates both).
CREATE TRIGGER "statement_fts_claim_ai" AFTER INSERT ON "Claim" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = NEW."statementId";
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = NEW."statementId";
END;

CREATE TRIGGER "statement_fts_claim_au" AFTER UPDATE OF "text", "statementId" ON "Claim" BEGIN
    DELETE FROM "statement_fts" WHERE rowid IN (OLD."statementId", NEW."statementId");
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" IN (OLD."statementId", NEW."statementId");
END;

CREATE TRIGGER "statement_fts_claim_ad" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = OLD."statementId";
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = OLD."statementId";
END;

-- StatementSource: which sources a statement links to.
CREATE TRIGGER "statement_fts_statement_source_ai" AFTER INSERT ON "StatementSource" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = NEW."statementId";
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = NEW."statementId";
END;

CREATE TRIGGER "statement_fts_statement_source_au" AFTER UPDATE OF "statementId", "sourceId" ON "StatementSource" BEGIN
    DELETE FROM "statement_fts" WHERE rowid IN (OLD."statementId", NEW."statementId");
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" IN (OLD."statementId", NEW."statementId");
END;

CREATE TRIGGER "statement_fts_statement_source_ad" AFTER DELETE ON "StatementSource" BEGIN
    DELETE FROM "statement_fts" WHERE rowid = OLD."statementId";
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" = OLD."statementId";
END;

-- Source: a renamed source changes every statement that links to it.
CREATE TRIGGER "statement_fts_source_au" AFTER UPDATE OF "title" ON "Source" BEGIN
    DELETE FROM "statement_fts" WHERE rowid IN (
        SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id");
    INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
    SELECT s."id", s."text",
        (SELECT group_concat(c."text", char(10)) FROM (
            SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
        (SELECT group_concat(src."title", char(10)) FROM (
            SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
            WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
    FROM "Statement" AS s WHERE s."id" IN (
        SELECT "statementId" FROM "StatementSource" WHERE "sourceId" = NEW."id");
END;

-- Backfill the statements that already exist.
INSERT INTO "statement_fts" (rowid, "text", "claims", "sources")
SELECT s."id", s."text",
    (SELECT group_concat(c."text", char(10)) FROM (
        SELECT "text" FROM "Claim" WHERE "statementId" = s."id" ORDER BY "position", "id") AS c),
    (SELECT group_concat(src."title", char(10)) FROM (
        SELECT so."title" FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
        WHERE ss."statementId" = s."id" ORDER BY ss."position", so."id") AS src)
FROM "Statement" AS s;
