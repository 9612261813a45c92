-- A number that grows with every committed change to what readers see, read by every app
-- instance to know whether its cached aggregates are still current (lib/cache/aggregates.ts).
-- SQLite has PRAGMA data_version for this; PostgreSQL has nothing alike, so triggers keep it.
--
-- The triggers are deferred to commit time: the row is locked for an instant at the end of each
-- writing transaction instead of for its whole length, and a reader sees the new number only
-- together with the change (bumped before commit, a reader could cache old figures under the new
-- number). One bump per transaction, however many rows it writes.
--
-- Hand-written; prisma.postgres.config.ts lists data_version under tables.external.

CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" BIGINT NOT NULL
);

INSERT INTO "data_version" ("id", "version") VALUES (1, 1);

CREATE FUNCTION data_version_bump() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('tracker.data_version_bumped', true) IS DISTINCT FROM CAST(txid_current() AS TEXT) THEN
        PERFORM set_config('tracker.data_version_bumped', CAST(txid_current() AS TEXT), true);
        UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "data_version_statement" AFTER INSERT OR UPDATE OR DELETE ON "Statement"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_stance" AFTER INSERT OR UPDATE OR DELETE ON "Stance"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_claim" AFTER INSERT OR UPDATE OR DELETE ON "Claim"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_statement_source" AFTER INSERT OR UPDATE OR DELETE ON "StatementSource"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_source" AFTER INSERT OR UPDATE OR DELETE ON "Source"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_person" AFTER INSERT OR UPDATE OR DELETE ON "Person"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_person_alias" AFTER INSERT OR UPDATE OR DELETE ON "PersonAlias"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_person_role" AFTER INSERT OR UPDATE OR DELETE ON "PersonRole"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_topic" AFTER INSERT OR UPDATE OR DELETE ON "Topic"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER "data_version_event" AFTER INSERT OR UPDATE OR DELETE ON "Event"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
