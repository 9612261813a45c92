// Guards and behaviour of the event actions: only signed-in, active staff can write; invalid
// input and stale versions are refused with nothing stored; writes leave field-level revisions;
// delete is soft (statements keep their event) and restorable.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/state";
import { form, idFromEditPath, NOT_SIGNED_IN, redirectOf, revisionsOf } from "@/lib/records/action-testing";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { createEventAction, deleteEventAction, restoreEventAction, updateEventAction } from "./actions";

const counts = async () => ({ events: await db.event.count(), revisions: await db.revision.count() });
let n = 0;
const eventFields = (extra: Record<string, string | number> = {}) => ({
  name: `NATO Summit press conference ${++n}`,
  kind: "PRESS_CONFERENCE",
  location: "The Hague",
  date: "2025-06-25",
  ...extra,
});
const createEvent = async (extra: Record<string, string | number> = {}) =>
  idFromEditPath(await redirectOf(createEventAction(initialFormState, form(eventFields(extra)))));

beforeEach(() => {
  signOut();
  revalidated.length = 0;
});

describe("events", () => {
  it("refuses anonymous callers and disabled accounts, and writes nothing", async () => {
    await signInAs("ANALYST");
    const id = await createEvent();
    const deletedId = await createEvent();
    await redirectOf(deleteEventAction(initialFormState, form({ id: deletedId })));
    revalidated.length = 0;
    const before = await counts();
    for (const signIn of [async () => signOut(), async () => void (await signInAs("ANALYST", { disabled: true }))]) {
      await signIn();
      expect(await createEventAction(initialFormState, form(eventFields()))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await updateEventAction(initialFormState, form({ ...eventFields(), id, version: 1 }))).toMatchObject({
        ok: false,
        message: NOT_SIGNED_IN,
      });
      expect(await deleteEventAction(initialFormState, form({ id }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await restoreEventAction(initialFormState, form({ id: deletedId }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    }
    expect(await counts()).toEqual(before);
    expect(revalidated).toEqual([]);
  });

  it.each(["ANALYST", "ADMIN"] as const)("lets an active %s create and edit an event, with revisions", async (role) => {
    const user = await signInAs(role);
    const id = await createEvent({ date: "" });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "PRESS_CONFERENCE",
      date: null,
      location: "The Hague",
    });
    await redirectOf(updateEventAction(initialFormState, form({ ...eventFields({ date: "2025-06-24", kind: "SUMMIT" }), id, version: 1 })));
    const revisions = await revisionsOf("Event", id);
    expect(revisions.map((r) => [r.action, r.actorId])).toEqual([
      ["CREATE", user.id],
      ["UPDATE", user.id],
    ]);
    expect(revisions[1]!.changes).toMatchObject({
      date: { before: null, after: "2025-06-24" },
      kind: { before: "PRESS_CONFERENCE", after: "SUMMIT" },
    });
  });

  it("returns field errors with the values and stores nothing", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const state = await createEventAction(
      initialFormState,
      form({ name: " ", kind: "PARTY", location: "x".repeat(201), date: "2999-12-31" }),
    );
    expect(state).toMatchObject({ ok: false, values: { date: "2999-12-31", kind: "PARTY" } });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["date", "kind", "location", "name"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a stale version and keeps the newer record", async () => {
    await signInAs("ANALYST");
    const id = await createEvent();
    await redirectOf(updateEventAction(initialFormState, form({ ...eventFields({ location: "Brussels" }), id, version: 1 })));
    const state = await updateEventAction(initialFormState, form({ ...eventFields({ location: "Vilnius" }), id, version: 1 }));
    expect(state).toMatchObject({
      ok: false,
      detail: { conflict: true, latestVersion: 2, changes: { location: { before: "The Hague", after: "Brussels" } } },
      values: { location: "Vilnius" },
    });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).location).toBe("Brussels");
  });

  it("soft-deletes an event used by published statements (they keep it) and restores it", async () => {
    await signInAs("ANALYST");
    const id = await createEvent();
    const speaker = await db.person.create({ data: { name: "E", slug: `e-${n}` } });
    const statement = await db.statement.create({
      data: {
        speakerId: speaker.id,
        eventId: id,
        dateStart: "2025-06-25",
        dateEnd: "2025-06-25",
        dateSort: "2025-06-25",
        text: "Q",
        status: "PUBLISHED",
      },
    });
    await redirectOf(deleteEventAction(initialFormState, form({ id })));
    expect((await db.event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).eventId).toBe(id);
    await redirectOf(restoreEventAction(initialFormState, form({ id })));
    expect((await revisionsOf("Event", id)).map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });
});
