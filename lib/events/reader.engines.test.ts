// The events readers see: only published, not deleted statements count, an event with nothing
// published is not listed, kinds filter, newest first with undated events last, and an event's page
// lists what was said there in the order it was said, a page at a time; the markers of a view, today
// and as recorded by a past moment. Runs on both engines.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { EVENT_PAGE_SIZE, eventPage, eventsBetween, eventsIndex, isEventKind } from "./reader";

let ids: { summit: number; presser: number; undated: number; onlyDrafts: number; removed: number };

async function statement(eventId: number, speakerId: number, day: string, extra: { status?: "DRAFT"; deleted?: boolean } = {}) {
  const row = await db.statement.create({
    data: {
      speakerId,
      eventId,
      dateStart: day,
      dateEnd: day,
      dateSort: day,
      text: `Said on ${day}`,
      status: extra.status ?? "PUBLISHED",
      deletedAt: extra.deleted ? new Date() : null,
    },
  });
  return row.id;
}

beforeAll(async () => {
  const rutte = await db.person.create({ data: { slug: "events-rutte", name: "Mark Rutte" } });
  const kallas = await db.person.create({ data: { slug: "events-kallas", name: "Kaja Kallas" } });
  const summit = await db.event.create({ data: { name: "Events test summit", kind: "SUMMIT", location: "The Hague", date: "2025-06-25" } });
  const presser = await db.event.create({ data: { name: "Events test press conference", kind: "PRESS_CONFERENCE", date: "2025-02-12" } });
  const undated = await db.event.create({ data: { name: "Events test interview", kind: "INTERVIEW" } });
  const onlyDrafts = await db.event.create({ data: { name: "Events test drafts only", kind: "SPEECH", date: "2025-03-01" } });
  const removed = await db.event.create({
    data: { name: "Events test removed", kind: "SUMMIT", date: "2025-07-01", deletedAt: new Date() },
  });
  ids = { summit: summit.id, presser: presser.id, undated: undated.id, onlyDrafts: onlyDrafts.id, removed: removed.id };

  await statement(summit.id, kallas.id, "2025-06-25");
  await statement(summit.id, rutte.id, "2025-06-24");
  await statement(summit.id, rutte.id, "2025-06-25", { status: "DRAFT" });
  await statement(summit.id, rutte.id, "2025-06-25", { deleted: true });
  await statement(presser.id, rutte.id, "2025-02-12");
  await statement(undated.id, kallas.id, "2025-01-10");
  await statement(onlyDrafts.id, rutte.id, "2025-03-01", { status: "DRAFT" });
  await statement(removed.id, rutte.id, "2025-07-01");
});

const ours = <T extends { name: string }>(events: T[]) => events.filter((e) => e.name.startsWith("Events test"));

describe("events index", () => {
  it("lists events with published statements, newest first and undated last, with counts and speakers", async () => {
    expect(ours(await eventsIndex())).toEqual([
      {
        id: ids.summit,
        name: "Events test summit",
        kind: "SUMMIT",
        location: "The Hague",
        date: "2025-06-25",
        statementCount: 2,
        speakers: ["Kaja Kallas", "Mark Rutte"],
      },
      {
        id: ids.presser,
        name: "Events test press conference",
        kind: "PRESS_CONFERENCE",
        location: "",
        date: "2025-02-12",
        statementCount: 1,
        speakers: ["Mark Rutte"],
      },
      {
        id: ids.undated,
        name: "Events test interview",
        kind: "INTERVIEW",
        location: "",
        date: null,
        statementCount: 1,
        speakers: ["Kaja Kallas"],
      },
    ]);
  });

  it("filters by kind", async () => {
    expect(ours(await eventsIndex("SUMMIT")).map((e) => e.name)).toEqual(["Events test summit"]);
    expect(ours(await eventsIndex("SPEECH"))).toEqual([]);
  });

  it("knows its kinds", () => {
    expect(isEventKind("SUMMIT")).toBe(true);
    for (const value of ["summit", "", "constructor", undefined, ["SUMMIT"]]) expect(isEventKind(value)).toBe(false);
  });
});

describe("an event's page", () => {
  it("lists what was said there in the order it was said, published only", async () => {
    const page = await eventPage(ids.summit);
    expect(page?.event).toEqual({ id: ids.summit, name: "Events test summit", kind: "SUMMIT", location: "The Hague", date: "2025-06-25" });
    expect(page?.statements.map((s) => [s.speaker.name, s.date.start])).toEqual([
      ["Mark Rutte", "2025-06-24"],
      ["Kaja Kallas", "2025-06-25"],
    ]);
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
  });

  it("says nothing was published for an event with drafts only, and is absent for a deleted or unknown event", async () => {
    expect(await eventPage(ids.onlyDrafts)).toMatchObject({ statements: [], total: 0, pageCount: 1 });
    expect(await eventPage(ids.removed)).toBeNull();
    expect(await eventPage(99_999_999)).toBeNull();
  });

  it("pages through a long event, and a page past the end shows the last one", async () => {
    const speaker = await db.person.create({ data: { slug: "events-many", name: "Many Statements" } });
    const event = await db.event.create({ data: { name: "Events test long", kind: "MEETING", date: "2024-01-01" } });
    for (let i = 0; i < EVENT_PAGE_SIZE + 3; i++) await statement(event.id, speaker.id, `2024-01-${String((i % 28) + 1).padStart(2, "0")}`);
    const second = await eventPage(event.id, 2);
    expect(second).toMatchObject({ total: EVENT_PAGE_SIZE + 3, page: 2, pageCount: 2 });
    expect(second?.statements).toHaveLength(3);
    expect((await eventPage(event.id, 40))?.page).toBe(2);
    const first = await eventPage(event.id, 1);
    const days = first!.statements.map((s) => s.date.start);
    expect(days).toEqual([...days].sort());
  });
});

describe("event markers", () => {
  it("marks dated events of the kinds asked for where something published was said, in date order", async () => {
    const marked = ours(await eventsBetween("2025-01-01", "2025-12-31", ["SUMMIT", "PRESS_CONFERENCE", "SPEECH"]));
    expect(marked.map((e) => e.id)).toEqual([ids.presser, ids.summit]);
    expect(ours(await eventsBetween("2025-01-01", "2025-12-31", ["SUMMIT"]))).toEqual([
      { id: ids.summit, name: "Events test summit", kind: "SUMMIT", date: "2025-06-25" },
    ]);
    expect(ours(await eventsBetween("2025-03-01", "2025-12-31", ["PRESS_CONFERENCE"]))).toEqual([]);
  });

  it("as recorded by a past moment: not an event recorded later, nor one where only later statements were said", async () => {
    const later = new Date("2099-01-01T00:00:00Z");
    const speaker = await db.person.create({ data: { slug: "events-later", name: "Later Speaker" } });
    const recordedLater = await db.event.create({
      data: { name: "Events test summit recorded later", kind: "SUMMIT", date: "2025-09-01", createdAt: later },
    });
    const spokenLater = await db.event.create({ data: { name: "Events test summit spoken of later", kind: "SUMMIT", date: "2025-10-01" } });
    for (const eventId of [recordedLater.id, spokenLater.id]) {
      await db.statement.create({
        data: {
          speakerId: speaker.id,
          eventId,
          dateStart: "2025-09-01",
          dateEnd: "2025-09-01",
          dateSort: "2025-09-01",
          text: "Later",
          status: "PUBLISHED",
          createdAt: later,
        },
      });
    }
    const today = ours(await eventsBetween("2025-01-01", "2025-12-31", ["SUMMIT"])).map((e) => e.id);
    expect(today).toEqual([ids.summit, recordedLater.id, spokenLater.id]);
    const past = ours(await eventsBetween("2025-01-01", "2025-12-31", ["SUMMIT"], new Date("2098-12-31T00:00:00Z"))).map((e) => e.id);
    expect(past).toEqual([ids.summit]);
  });
});
