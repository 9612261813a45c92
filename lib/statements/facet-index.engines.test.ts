// The facet index must give exactly what the SQL gives (computeFacets, recountMonthlyCounts,
// countStatements) for any filters, after any sequence of writes made through the app's own
// mutation code: creates, edits (speaker, dates, kind, stances, sources, claims), unpublishing,
// deletes and restores, a source's kind and a topic's name changed. And a change made behind the
// app's back (no revision) reaches it through a background rebuild.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { CLAIM_STATUSES } from "@/lib/claims/kinds";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { updateSource } from "@/lib/sources/mutations";
import { STANCES } from "@/lib/stances/scale";
import { speakerProfile, speakersIndex } from "@/lib/people/profile";
import { createTestUser } from "@/lib/testing/users";
import { speakersOnTopic, topicsOverview } from "@/lib/topics/positions";
import { updateTopic } from "@/lib/topics/mutations";
import { emptyFilters, type TimelineFilters } from "./filters";
import {
  currentFacetIndex,
  facetIndexLoaded,
  facetIndexLoads,
  facetIndexSettled,
  loadFacetIndex,
  resetFacetIndex,
  searchMatchReads,
} from "./live-facet-index";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "./mutations";
import type { StatementInput } from "./schema";
import { readerVisible, readerVisibleSql } from "./visibility";
import { computeFacets, countStatements, monthlyCounts, recountMonthlyCounts, timelineCount, timelineFacets } from "./timeline";

// A small seeded generator, so that a failure can be replayed (FACET_INDEX_SEED).
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
  const some = <T>(values: readonly T[], max: number): T[] => [...new Set(Array.from({ length: int(max + 1) }, () => pick(values)))];
  return { next, int, pick, some };
}

const seed = Number(process.env.FACET_INDEX_SEED) || 20261207;
const random = generator(seed);
const WORDS = ["alliance", "budget", "drones", "ceasefire", "tariffs", "summit"] as const;

let actorId: number;
let speakers: { id: number; slug: string }[];
let topics: { id: number; slug: string }[];
let sources: number[];

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  speakers = await Promise.all(
    ["fi-anna", "fi-ben", "fi-chloe", "fi-dmitri"].map(async (slug) => ({
      slug,
      id: (await db.person.create({ data: { slug, name: slug.toUpperCase() } })).id,
    })),
  );
  topics = await Promise.all(
    ["fi-aid", "fi-spending", "fi-nuclear", "fi-trade"].map(async (slug) => ({
      slug,
      id: (await db.topic.create({ data: { slug, name: slug, proposition: `${slug} matters` } })).id,
    })),
  );
  sources = await Promise.all(
    SOURCE_KINDS.map(
      async (kind, i) => (await db.source.create({ data: { title: `Source ${i}`, url: `https://example.org/fi/${seed}/${i}`, kind } })).id,
    ),
  );
});

const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function randomDate(): StatementInput["date"] {
  const year = 2022 + random.int(3);
  const month = 1 + random.int(12);
  const shape = random.int(4);
  if (shape === 0) return { start: day(year, month, 1), end: day(year, month, 28), precision: "MONTH" };
  if (shape === 1) return { start: day(year, 1, 1), end: day(year, 12, 31), precision: "YEAR" };
  const start = day(year, month, 1 + random.int(28));
  return { start, end: start, precision: "DAY" };
}

let counter = 0;
function randomInput(): StatementInput {
  counter += 1;
  const chosenTopics = random.some(topics, 3);
  return {
    speaker: { kind: "existing", id: random.pick(speakers).id },
    date: randomDate(),
    event: null,
    kind: random.pick(["QUOTE", "PARAPHRASE"] as const),
    text: `Statement ${counter} on ${random.some(WORDS, 2).join(" and ")}.`,
    context: "",
    language: "en",
    status: random.next() < 0.85 ? "PUBLISHED" : "DRAFT",
    sources: random.some(sources, 2).map((id, i) => ({ key: String(i), kind: "existing" as const, id })),
    topics: chosenTopics.map((t, i) => ({
      key: `t${i}`,
      topicId: t.id,
      stance: random.pick(STANCES),
      hedging: null,
      // A note acknowledges any shift from the speaker's earlier stance, which the form would ask about.
      shiftNote: "Random stance.",
      shiftSeen: null,
    })),
    claims: random.some(CLAIM_STATUSES, 2).map((status, i) => ({
      key: `c${i}`,
      id: null,
      text: `Claim ${i} of statement ${counter}`,
      kind: "FACTUAL" as const,
      value: null,
      unit: null,
      status,
      note: "",
      evidenceUrl: null,
    })),
    confirmDuplicate: true,
  };
}

function randomFilters(): TimelineFilters {
  const maybe = <T>(value: T, p = 0.3): T | null => (random.next() < p ? value : null);
  const from = maybe(day(2022 + random.int(3), 1 + random.int(12), 1 + random.int(28)));
  const to = maybe(day(2023 + random.int(3), 1 + random.int(12), 1 + random.int(28)));
  return {
    ...emptyFilters,
    speakers: random.some([...speakers.map((s) => s.slug), "fi-nobody"], random.next() < 0.6 ? 0 : 2),
    topics: random.some([...topics.map((t) => t.slug), "fi-nothing"], random.next() < 0.5 ? 0 : 2),
    stances: random.some(STANCES, random.next() < 0.6 ? 0 : 2),
    from: from && to && from > to ? to : from,
    to: from && to && from > to ? from : to,
    kind: maybe(random.pick(["QUOTE", "PARAPHRASE"] as const)),
    sourceKinds: random.some(SOURCE_KINDS, random.next() < 0.6 ? 0 : 2),
    claims: maybe(random.pick(["with", "without"] as const), 0.2),
    claimStatuses: random.some(CLAIM_STATUSES, random.next() < 0.7 ? 0 : 2),
    q: maybe(random.pick([...WORDS, "nothingmatches", "budget OR drones"]), 0.2) ?? "",
  };
}

const ids: number[] = [];

async function versionOf(id: number) {
  return (await db.statement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/** One random write through the app's mutation code. */
async function randomWrite() {
  const action = ids.length < 5 ? 0 : random.int(7);
  const id = ids.length > 0 ? random.pick(ids) : 0;
  const row = id ? await db.statement.findUnique({ where: { id }, select: { deletedAt: true, version: true } }) : null;
  if (action === 0 || !row) {
    ids.push((await createStatement(db, randomInput(), actorId)).id);
  } else if (action === 1 && row.deletedAt === null) {
    await softDeleteStatement(db, id, actorId);
  } else if (action === 2 && row.deletedAt !== null) {
    await restoreStatement(db, id, actorId);
  } else if (action === 3) {
    const sourceId = random.pick(sources);
    const { version } = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { version: true } });
    await updateSource(db, sourceId, { version, kind: random.pick(SOURCE_KINDS) } as never, actorId);
  } else if (action === 4) {
    const topic = random.pick(topics);
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { version: true } });
    await updateTopic(db, topic.id, { version, name: `Topic ${random.int(1000)}` } as never, actorId);
  } else if (row.deletedAt === null) {
    // An edit: everything may change, unpublishing included.
    await updateStatement(db, id, { ...randomInput(), version: await versionOf(id) } as never, actorId);
  }
}

async function expectIndexMatchesSql(filters: TimelineFilters) {
  const label = JSON.stringify(filters);
  expect(await timelineFacets(filters), label).toEqual(await computeFacets(filters));
  expect(await monthlyCounts(filters), label).toEqual(await recountMonthlyCounts(filters));
  expect(await timelineCount(filters), label).toBe(await countStatements(filters));
}

/** The topic and speaker pages' and the topics overview's counts, against the GROUP BY queries they replaced. */
async function expectPagesMatchSql() {
  const overview = await topicsOverview();
  for (const topic of topics) {
    const rows = await db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
      SELECT p."slug" AS slug, p."name" AS name, COUNT(*) AS n FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId"
      JOIN "Person" p ON p."id" = s."speakerId" WHERE st."topicId" = ${topic.id} AND ${readerVisibleSql()}
      GROUP BY p."id", p."slug", p."name" ORDER BY COUNT(*) DESC, p."name"`;
    const speakersOn = rows.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.n) }));
    expect(await speakersOnTopic(topic.id)).toEqual(speakersOn);
    const listed = overview.find((t) => t.id === topic.id);
    if (!listed) continue; // a deleted topic
    expect(listed.statementCount).toBe(speakersOn.reduce((sum, s) => sum + s.count, 0));
    expect(listed.mainSpeaker).toEqual(speakersOn[0] ?? null);
  }
  const index = await speakersIndex();
  for (const speaker of speakers) {
    const [profile, count, rows] = await Promise.all([
      speakerProfile(speaker.slug),
      db.statement.count({ where: { speakerId: speaker.id, ...readerVisible } }),
      db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
        SELECT t."slug" AS slug, t."name" AS name, COUNT(*) AS n FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId"
        JOIN "Topic" t ON t."id" = st."topicId" WHERE s."speakerId" = ${speaker.id} AND ${readerVisibleSql()} AND t."deletedAt" IS NULL
        GROUP BY t."id", t."slug", t."name" ORDER BY COUNT(*) DESC, t."name"`,
    ]);
    expect(profile?.statementCount).toBe(count);
    expect(profile?.topics).toEqual(rows.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.n) })));
    expect(index.find((s) => s.slug === speaker.slug)?.count).toBe(count);
  }
}

describe(`the facet index (seed ${seed})`, () => {
  it("equals a recount in SQL for random filters after every batch of random writes", async () => {
    await expectIndexMatchesSql(emptyFilters);
    const loads = facetIndexLoads.count;
    for (let batch = 0; batch < 6; batch++) {
      for (let write = 0; write < 10; write++) await randomWrite();
      await expectIndexMatchesSql(emptyFilters);
      for (let view = 0; view < 8; view++) await expectIndexMatchesSql(randomFilters());
    }
    // Every write was caught up from its revision; nothing needed a rebuild.
    expect(facetIndexLoads.count).toBe(loads);
    await expectPagesMatchSql();
    // What was caught up write by write is what a fresh load reads.
    const fresh = (await loadFacetIndex(db)).index;
    const caughtUp = await currentFacetIndex();
    expect(caughtUp.size).toBe(fresh.size);
    for (let view = 0; view < 10; view++) {
      const filters = randomFilters();
      expect(caughtUp.facets(filters)).toEqual(fresh.facets(filters));
      expect(caughtUp.monthlyCounts(filters)).toEqual(fresh.monthlyCounts(filters));
    }
  });

  it("keeps a search's matches across writes, matching again only the statements a write changed", async () => {
    const search = { ...emptyFilters, q: "ceasefire" };
    await expectIndexMatchesSql(search);
    const reads = searchMatchReads.count;
    const matching = { ...randomInput(), status: "PUBLISHED" as const, text: "A ceasefire now." };
    const created = await createStatement(db, matching, actorId);
    const other = await createStatement(db, { ...matching, text: "Another ceasefire." }, actorId);
    await expectIndexMatchesSql(search);
    // The word leaves one statement, and another is deleted: both drop out of the matches.
    await updateStatement(db, created.id, { ...matching, text: "No word of it.", version: await versionOf(created.id) } as never, actorId);
    await softDeleteStatement(db, other.id, actorId);
    await expectIndexMatchesSql(search);
    await restoreStatement(db, other.id, actorId);
    await expectIndexMatchesSql(search);
    expect(searchMatchReads.count).toBe(reads);
  });

  it("follows a change made without the app (no revision) through a rebuild in the background", async () => {
    await timelineFacets(emptyFilters);
    const published = await db.statement.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true } });
    await db.statement.update({ where: { id: published.id }, data: { status: "DRAFT" } });
    await db.claim.updateMany({ data: { status: "SUPPORTED" } });
    // The first reader starts the rebuild and is given the index it has; the rebuild then brings the change in.
    await timelineFacets(emptyFilters);
    await facetIndexSettled();
    await expectIndexMatchesSql(emptyFilters);
    await expectIndexMatchesSql({ ...emptyFilters, claimStatuses: ["SUPPORTED"] });
  });

  it("counts a page's list in SQL while the first load after a start has not ended", async () => {
    await facetIndexSettled();
    resetFacetIndex();
    expect(facetIndexLoaded()).toBe(false);
    // A first load whose reads are held back until the test lets them through.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = {
      $queryRaw: (async (...args: Parameters<typeof db.$queryRaw>) => {
        await gate;
        return db.$queryRaw(...args);
      }) as typeof db.$queryRaw,
    };
    const loads = facetIndexLoads.count;
    const loading = currentFacetIndex(held);
    for (const filters of [emptyFilters, randomFilters(), randomFilters()]) {
      expect(await timelineCount(filters)).toBe(await countStatements(filters));
    }
    expect(facetIndexLoaded()).toBe(false);
    release();
    await loading;
    // The counts neither waited for that load nor started another.
    expect(facetIndexLoaded()).toBe(true);
    expect(facetIndexLoads.count).toBe(loads + 1);
    await expectIndexMatchesSql(randomFilters());
  });
});
