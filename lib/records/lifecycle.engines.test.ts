// The record lifecycle on a real migrated database, through the event record (the simplest
// entity): versions and conflicts, soft delete and restore, and the revision stored in the same
// transaction as the change it describes, so one never exists without the other.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent, eventRecord, updateEvent } from "@/lib/events/mutations";
import { ConflictError, ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { createTestUser } from "@/lib/testing/users";
import { defineRecord } from "./lifecycle";

let n = 0;
const newEvent = async (actorId: number | null = null) =>
  (await createEvent(db, { name: `Press conference ${++n}`, kind: "PRESS_CONFERENCE", location: "Brussels", date: "2025-01-10" }, actorId))
    .id;
const row = (id: number) => db.event.findUniqueOrThrow({ where: { id } });
const history = async (id: number) =>
  (await db.revision.findMany({ where: { entity: "Event", entityId: id }, orderBy: { id: "asc" } })).map((r) => ({
    action: r.action,
    actorId: r.actorId,
    changes: JSON.parse(r.changes),
  }));
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("create and update", () => {
  it("stores the record with a CREATE revision, and an edit with a new version and a field-level UPDATE revision", async () => {
    const actor = await createTestUser("ANALYST");
    const id = await newEvent(actor.id);
    expect(await updateEvent(db, id, { location: "The Hague", version: 1 }, actor.id)).toEqual({ id, version: 2 });
    expect(await row(id)).toMatchObject({ location: "The Hague", version: 2 });
    expect(await history(id)).toEqual([
      { action: "CREATE", actorId: actor.id, changes: expect.objectContaining({ location: { before: null, after: "Brussels" } }) },
      { action: "UPDATE", actorId: actor.id, changes: { location: { before: "Brussels", after: "The Hague" } } },
    ]);
  });

  it("adds no version and no revision when nothing changed", async () => {
    const id = await newEvent();
    expect(await updateEvent(db, id, { location: "Brussels", version: 1 }, null)).toEqual({ id, version: 1 });
    expect((await history(id)).map((r) => r.action)).toEqual(["CREATE"]);
  });

  it("refuses an edit made on an older version, says what changed and who changed it, and stores nothing", async () => {
    const first = await createTestUser("ANALYST");
    const id = await newEvent(first.id);
    await updateEvent(db, id, { name: "Renamed by the first", version: 1 }, first.id);
    const error = await caught(updateEvent(db, id, { location: "Oslo", version: 1 }, null));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).detail).toEqual({
      conflict: true,
      latestVersion: 2,
      changes: { name: { before: `Press conference ${n}`, after: "Renamed by the first" } },
      changedBy: [first.name],
    });
    expect(await row(id)).toMatchObject({ location: "Brussels", version: 2 });
    expect(await history(id)).toHaveLength(2);
  });

  it("saves one of two edits made on the same version at the same moment; the other is a conflict", async () => {
    const id = await newEvent();
    const results = await Promise.allSettled(
      ["Berlin", "Paris", "Rome", "Madrid"].map((location) => updateEvent(db, id, { location, version: 1 }, null)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(3);
    expect(await row(id)).toMatchObject({ version: 2 });
    expect((await history(id)).map((r) => r.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("says the record was not found for an unknown id", async () => {
    expect(await caught(updateEvent(db, 999_999, { name: "x", version: 1 }, null))).toBeInstanceOf(NotFoundError);
    expect(await caught(eventRecord.softDelete(db, 999_999, null))).toBeInstanceOf(NotFoundError);
  });
});

describe("soft delete and restore", () => {
  it("hides the record without removing it, refuses edits while deleted, and brings it back; each step is versioned and recorded", async () => {
    const id = await newEvent();
    await eventRecord.softDelete(db, id, null);
    expect(await row(id)).toMatchObject({ deletedAt: expect.any(Date), version: 2 });
    expect(await caught(eventRecord.softDelete(db, id, null))).toMatchObject({ message: "This event is already deleted." });
    expect(await caught(updateEvent(db, id, { name: "Edited while deleted", version: 2 }, null))).toMatchObject({
      message: "This event is deleted. Restore it before editing.",
    });

    await eventRecord.restore(db, id, null);
    expect(await row(id)).toMatchObject({ deletedAt: null, version: 3, name: `Press conference ${n}` });
    expect(await caught(eventRecord.restore(db, id, null))).toMatchObject({ message: "This event is not deleted." });

    const steps = await history(id);
    expect(steps.map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
    expect(steps[1]!.changes.deletedAt.before).toBeNull();
    expect(steps[2]!.changes.deletedAt.after).toBeNull();
  });

  it("checks the version the user saw when one is given, and the definition's refusal, before deleting", async () => {
    const id = await newEvent();
    await updateEvent(db, id, { location: "Paris", version: 1 }, null);
    expect(await caught(eventRecord.softDelete(db, id, null, 1))).toBeInstanceOf(ConflictError);
    const guarded = defineRecord({
      ...eventRecord.definition,
      assertDeletable: async () => {
        throw new ExpectedError("Still in use.");
      },
    });
    expect(await caught(guarded.softDelete(db, id, null, 2))).toMatchObject({ message: "Still in use." });
    expect(await row(id)).toMatchObject({ deletedAt: null, version: 2 });
    expect(await history(id)).toHaveLength(2);
  });
});

describe("the revision is written in the same transaction as the change", () => {
  // The event record, except that writing the revision fails for a record named "fails".
  const failingRevision = defineRecord({
    ...eventRecord.definition,
    snapshot: (event) => {
      if (event.name === "fails" || event.deletedAt) throw new Error("The revision could not be written.");
      return eventRecord.definition.snapshot(event);
    },
  });

  it("leaves the record as it was when its revision cannot be written", async () => {
    const id = await newEvent();
    await expect(failingRevision.update(db, id, 1, null, async () => ({ name: "fails" }))).rejects.toThrow("could not be written");
    await expect(failingRevision.softDelete(db, id, null)).rejects.toThrow("could not be written");
    expect(await row(id)).toMatchObject({ name: `Press conference ${n}`, deletedAt: null, version: 1 });
    expect(await history(id)).toHaveLength(1);
  });

  it("writes no revision when the write itself fails", async () => {
    const id = await newEvent();
    await expect(eventRecord.update(db, id, 1, null, async () => ({ kind: "NOT_A_KIND" as never }))).rejects.toThrow();
    expect(await row(id)).toMatchObject({ kind: "PRESS_CONFERENCE", version: 1 });
    expect(await history(id)).toHaveLength(1);
  });

  it("joins the caller's transaction: a later failure there undoes the change and its revision", async () => {
    const id = await newEvent();
    const before = await db.revision.count();
    await expect(
      db.$transaction(async (tx) => {
        await updateEvent(tx, id, { name: "Undone", version: 1 }, null);
        await createEvent(tx, { name: "Created then undone" }, null);
        throw new Error("The caller gave up.");
      }),
    ).rejects.toThrow("gave up");
    expect(await row(id)).toMatchObject({ name: `Press conference ${n}`, version: 1 });
    expect(await db.event.count({ where: { name: "Created then undone" } })).toBe(0);
    expect(await db.revision.count()).toBe(before);
  });
});
