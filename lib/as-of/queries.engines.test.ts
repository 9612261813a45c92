// The record as of a past day, rebuilt from the revisions, on a real migrated database: each step
// of a statement's life is dated by moving its revision (and its creation) back to a known day.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { emptyFilters } from "@/lib/statements/filters";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "@/lib/statements/mutations";
import type { StatementInput } from "@/lib/statements/schema";
import { createTestUser } from "@/lib/testing/users";
import { datasetRevisionAsOf, firstRecorded, statementAsOf, timelineAsOf } from "./queries";
import { buildTopicDossierAsOf } from "./topic";

let actorId: number;
let speakerId: number;
let topicId: number;
let sourceId: number;
let statementId: number;
let neighbourId: number;

const at = (day: string) => new Date(`${day}T12:00:00.000Z`);

/** Dates the latest revision of the statement (and, for its creation, the statement itself). */
async function dated(id: number, day: string) {
  const latest = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: id }, orderBy: { id: "desc" } });
  await db.revision.update({ where: { id: latest.id }, data: { createdAt: at(day) } });
  if (latest.action === "CREATE") await db.statement.update({ where: { id }, data: { createdAt: at(day) } });
}

function input(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    speaker: { kind: "existing", id: speakerId },
    date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: "Ukraine must get more air defence.",
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: sourceId }],
    topics: [{ key: "0", topicId, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null }],
    claims: [],
    confirmDuplicate: false,
    ...overrides,
  };
}

async function edit(overrides: Partial<StatementInput>) {
  const { version } = await db.statement.findUniqueOrThrow({ where: { id: statementId }, select: { version: true } });
  await updateStatement(db, statementId, { ...input(overrides), version }, actorId);
}

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  speakerId = (await db.person.create({ data: { slug: "asof-speaker", name: "Ada Speaker" } })).id;
  topicId = (await db.topic.create({ data: { slug: "asof-aid", name: "Air defence", proposition: "Give more" } })).id;
  sourceId = (await db.source.create({ data: { title: "Transcript", url: "https://example.org/asof", kind: "OFFICIAL_TRANSCRIPT" } })).id;

  neighbourId = (
    await createStatement(
      db,
      input({ text: "An older statement that never changes.", date: { start: "2024-10-01", end: "2024-10-01", precision: "DAY" } }),
      actorId,
    )
  ).id;
  await dated(neighbourId, "2025-01-05");

  statementId = (await createStatement(db, input(), actorId)).id;
  await dated(statementId, "2025-01-10");
  await edit({ text: "Ukraine must get much more air defence." });
  await dated(statementId, "2025-02-10");
  await edit({
    text: "Ukraine must get much more air defence.",
    topics: [{ key: "0", topicId, stance: "STRONGLY_FOR", hedging: "CONDITIONAL", shiftNote: "Firmer after the summit", shiftSeen: null }],
  });
  await dated(statementId, "2025-03-10");
  await edit({
    text: "Ukraine must get much more air defence.",
    status: "DRAFT",
    topics: [{ key: "0", topicId, stance: "STRONGLY_FOR", hedging: "CONDITIONAL", shiftNote: "Firmer after the summit", shiftSeen: null }],
  });
  await dated(statementId, "2025-04-10");
  await edit({
    text: "Ukraine must get much more air defence, now.",
    status: "PUBLISHED",
    date: { start: "2024-11-01", end: "2024-11-30", precision: "MONTH" },
    topics: [{ key: "0", topicId, stance: "AGAINST", hedging: null, shiftNote: "Changed course", shiftSeen: null }],
  });
  await dated(statementId, "2025-05-10");
  await softDeleteStatement(db, statementId, actorId);
  await dated(statementId, "2025-06-10");
  await restoreStatement(db, statementId, actorId);
  await dated(statementId, "2025-07-10");
});

const textOn = async (day: string) => {
  const lookup = await statementAsOf(statementId, day);
  return lookup.state === "found" ? lookup.statement : null;
};

describe("a statement as of a past day", () => {
  it("is absent before it was created", async () => {
    expect(await textOn("2025-01-09")).toBeNull();
  });

  it("has the text and stance recorded at each step", async () => {
    expect(await textOn("2025-01-10")).toMatchObject({
      text: "Ukraine must get more air defence.",
      topics: [{ name: "Air defence", slug: "asof-aid", stance: "FOR", hedging: null }],
      dateLabel: "12 Nov 2024",
      speaker: { name: "Ada Speaker", slug: "asof-speaker" },
      sources: [{ label: "Transcript", url: "https://example.org/asof", kind: "OFFICIAL_TRANSCRIPT" }],
    });
    expect(await textOn("2025-02-20")).toMatchObject({ text: "Ukraine must get much more air defence.", topics: [{ stance: "FOR" }] });
    expect(await textOn("2025-03-20")).toMatchObject({ topics: [{ stance: "STRONGLY_FOR", hedging: "CONDITIONAL" }] });
  });

  it("is absent while it was a draft, and while it was deleted", async () => {
    expect(await textOn("2025-04-20")).toBeNull();
    expect(await textOn("2025-06-20")).toBeNull();
  });

  it("is back, with its date as then recorded, once republished and once restored", async () => {
    expect(await textOn("2025-05-20")).toMatchObject({
      text: "Ukraine must get much more air defence, now.",
      date: { start: "2024-11-01", end: "2024-11-30", precision: "MONTH" },
      topics: [{ stance: "AGAINST", shiftNote: "Changed course" }],
    });
    expect((await textOn("2025-07-20"))?.changedSince).toEqual([]);
    expect((await textOn("2025-01-10"))?.changedSince.sort()).toEqual(["date", "text", "topics"]);
  });
});

describe("the timeline as of a past day", () => {
  const ids = async (day: string, filters = emptyFilters) => (await timelineAsOf(filters, day)).entries.map((s) => s.id);

  it("holds what was published then, in timeline order", async () => {
    expect(await ids("2025-01-06")).toEqual([neighbourId]);
    expect(await ids("2025-01-10")).toEqual([statementId, neighbourId]);
    expect(await ids("2025-04-20")).toEqual([neighbourId]);
    expect(await ids("2025-06-20")).toEqual([neighbourId]);
    expect(await ids("2025-07-20")).toEqual([statementId, neighbourId]);
    expect(await ids("2025-01-10", { ...emptyFilters, order: "oldest" })).toEqual([neighbourId, statementId]);
  });

  it("filters on the values recorded then", async () => {
    const stance = (s: "FOR" | "AGAINST" | "STRONGLY_FOR") => ({ ...emptyFilters, topics: ["asof-aid"], stances: [s] });
    expect(await ids("2025-02-20", stance("STRONGLY_FOR"))).toEqual([]);
    expect(await ids("2025-03-20", stance("STRONGLY_FOR"))).toEqual([statementId]);
    expect(await ids("2025-05-20", stance("AGAINST"))).toEqual([statementId]);
    expect(await ids("2025-01-10", { ...emptyFilters, q: "much" })).toEqual([]);
    expect(await ids("2025-02-20", { ...emptyFilters, q: "much" })).toEqual([statementId]);
    expect(await ids("2025-02-20", { ...emptyFilters, q: "never" })).toEqual([neighbourId]);
    expect(await ids("2025-02-20", { ...emptyFilters, from: "2024-11-01", to: "2024-11-30" })).toEqual([statementId]);
    const page = await timelineAsOf(emptyFilters, "2025-02-20");
    expect(page).toMatchObject({ total: 2, pageCount: 1 });
  });

  it("pages through changed and unchanged statements alike", async () => {
    const first = await timelineAsOf(emptyFilters, "2025-02-20", 1);
    const second = await timelineAsOf({ ...emptyFilters, page: 2 }, "2025-02-20", 1);
    expect([first.total, first.pageCount]).toEqual([2, 2]);
    expect([...first.entries, ...second.entries].map((s) => s.id)).toEqual([statementId, neighbourId]);
  });
});

describe("where the record starts", () => {
  it("is the earliest statement recorded, and citations name the revision of that day", async () => {
    const first = await firstRecorded();
    expect(first!.getTime()).toBeLessThanOrEqual(at("2025-01-05").getTime());
    const before = await datasetRevisionAsOf("2025-02-20");
    const later = await datasetRevisionAsOf("2025-07-20");
    expect(before).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(before);
  });
});

describe("a source's own wording as of a past day", () => {
  it("is the wording then recorded, apart from the source's name, flagged on the PDF of that day and not on today's", async () => {
    const reportId = (
      await db.source.create({ data: { title: "Report", outlet: "Gazette", url: "https://example.org/asof-report", kind: "NEWS_ARTICLE" } })
    ).id;
    const said = "Russia is the most direct threat to us.";
    const sources = (rendering: string | null): StatementInput["sources"] => [
      { key: "0", kind: "existing", id: sourceId },
      { key: "1", kind: "existing", id: reportId, rendering },
    ];
    // The speaker's stance as last recorded, so that no shift is asked about.
    const wording: Partial<StatementInput> = {
      text: said,
      date: { start: "2024-12-01", end: "2024-12-01", precision: "DAY" },
      topics: [{ key: "0", topicId, stance: "AGAINST", hedging: null, shiftNote: null, shiftSeen: null }],
    };
    const id = (await createStatement(db, input({ ...wording, sources: sources("Russia is the most dark threat to us.") }), actorId)).id;
    await dated(id, "2025-08-10");
    // The report's wording is corrected: the report now gives the speaker's words.
    const { version } = await db.statement.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await updateStatement(db, id, { ...input({ ...wording, sources: sources(null) }), version }, actorId);
    await dated(id, "2025-09-10");

    const then = await statementAsOf(id, "2025-08-20");
    expect(then.state === "found" && then.statement.sources).toEqual([
      { label: "Transcript", url: "https://example.org/asof", kind: "OFFICIAL_TRANSCRIPT", rendering: null },
      {
        label: "Report (Gazette)",
        url: "https://example.org/asof-report",
        kind: "NEWS_ARTICLE",
        rendering: "Russia is the most dark threat to us.",
      },
    ]);
    const later = await statementAsOf(id, "2025-09-20");
    expect(later.state === "found" && later.statement.sources.map((s) => s.rendering)).toEqual([null, null]);

    const topic = await db.topic.findUniqueOrThrow({
      where: { id: topicId },
      select: { slug: true, name: true, proposition: true, description: true },
    });
    const citationsOn = async (day: string) => {
      const dossier = await buildTopicDossierAsOf(topic, emptyFilters, day, { baseUrl: "https://tracker.example.org" });
      return dossier.statements.find((s) => s.id === id)!.citations;
    };
    const [transcript, report] = await citationsOn("2025-08-20");
    expect(transcript!.misreport).toBeUndefined();
    expect(report!.misreport?.flags).toEqual(["Has “dark” where the speaker said “direct”"]);
    expect((await citationsOn("2025-09-20")).map((c) => c.misreport)).toEqual([undefined, undefined]);
  });
});
