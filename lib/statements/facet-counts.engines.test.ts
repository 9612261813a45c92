// The facet counts that triggers keep in each write's transaction (how many visible statements
// have an interval of each length) must always equal a full recount, whatever the write: creates,
// edits, stance changes, publishing, deletes, restores.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/users";
import { recountFacetCounts, storedFacetCounts } from "./facet-counts";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "./mutations";
import type { StatementInput } from "./schema";

let actorId: number;
let speakers: number[];
let topics: number[];
let sources: number[];

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  speakers = await Promise.all(["fc-anna", "fc-ben"].map(async (slug) => (await db.person.create({ data: { slug, name: slug } })).id));
  topics = await Promise.all(
    ["fc-aid", "fc-spending", "fc-nuclear"].map(
      async (slug) => (await db.topic.create({ data: { slug, name: slug, proposition: `${slug} matters` } })).id,
    ),
  );
  sources = await Promise.all(
    (["OFFICIAL_TRANSCRIPT", "VIDEO"] as const).map(
      async (kind, i) => (await db.source.create({ data: { title: `Source ${i}`, url: `https://example.org/fc/${i}`, kind } })).id,
    ),
  );
});

let counter = 0;
function input(overrides: Partial<StatementInput> = {}): StatementInput {
  counter += 1;
  return {
    speaker: { kind: "existing", id: speakers[0]! },
    date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: `Facet count statement ${counter}.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: sources[0]! }],
    topics: [
      { key: "1", topicId: topics[0]!, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null },
      { key: "2", topicId: topics[1]!, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null },
    ],
    claims: [
      {
        key: "c6",
        id: null,
        text: "Allies spend 2%",
        kind: "NUMERIC",
        value: 2,
        unit: "%",
        status: "UNVERIFIED",
        note: "",
        evidenceUrl: null,
      },
    ],
    confirmDuplicate: true,
    ...overrides,
  };
}

async function expectCountsMatchRecount() {
  const [stored, recount] = await Promise.all([storedFacetCounts(db), recountFacetCounts(db)]);
  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(recount));
}

async function versionOf(id: number) {
  return (await db.statement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("facet counts kept by triggers", () => {
  it("start equal to a recount and follow creates, drafts included", async () => {
    await expectCountsMatchRecount();
    await createStatement(db, input(), actorId);
    await createStatement(db, input({ status: "DRAFT", kind: "PARAPHRASE" }), actorId);
    await createStatement(
      db,
      input({
        speaker: { kind: "existing", id: speakers[1]! },
        date: { start: "2023-01-01", end: "2023-12-31", precision: "YEAR" },
        claims: [],
      }),
      actorId,
    );
    await expectCountsMatchRecount();
    const stored = await storedFacetCounts(db);
    expect(stored.get("span|000364|")).toBe(1);
    expect([...stored.keys()].every((k) => k.startsWith("span|"))).toBe(true);
  });

  it("follow edits: speaker, date, kind, stance changes, topics, claims and sources", async () => {
    const { id } = await createStatement(db, input(), actorId);
    await updateStatement(
      db,
      id,
      {
        ...input({
          speaker: { kind: "existing", id: speakers[1]! },
          date: { start: "2022-03-01", end: "2022-03-31", precision: "MONTH" },
          kind: "PARAPHRASE",
          sources: [{ key: "0", kind: "existing", id: sources[1]! }],
          topics: [
            {
              key: "3",
              topicId: topics[0]!,
              stance: "AGAINST",
              hedging: "HEDGED",
              shiftNote: "Changed after the summit.",
              shiftSeen: null,
            },
            { key: "4", topicId: topics[2]!, stance: "MIXED", hedging: null, shiftNote: null, shiftSeen: null },
          ],
          claims: [
            {
              key: "c7",
              id: null,
              text: "A new claim",
              kind: "FACTUAL",
              value: null,
              unit: null,
              status: "DISPUTED",
              note: "",
              evidenceUrl: null,
            },
            {
              key: "c8",
              id: null,
              text: "Another",
              kind: "FACTUAL",
              value: null,
              unit: null,
              status: "FALSE",
              note: "",
              evidenceUrl: null,
            },
          ],
        }),
        version: await versionOf(id),
      } as never,
      actorId,
    );
    await expectCountsMatchRecount();
    const stored = await storedFacetCounts(db);
    expect(stored.get("span|000030|")).toBe(1);
  });

  it("follow publishing a draft, deletes and restores", async () => {
    const { id } = await createStatement(db, input({ status: "DRAFT" }), actorId);
    await expectCountsMatchRecount();
    await updateStatement(db, id, { ...input({ status: "PUBLISHED" }), version: await versionOf(id) } as never, actorId);
    await expectCountsMatchRecount();
    const before = await storedFacetCounts(db);
    await softDeleteStatement(db, id, actorId);
    await expectCountsMatchRecount();
    expect((await storedFacetCounts(db)).get("span|000000|")).toBe((before.get("span|000000|") ?? 0) - 1);
    await restoreStatement(db, id, actorId);
    await expectCountsMatchRecount();
    expect(await storedFacetCounts(db)).toEqual(before);
  });

  it("follow changes made outside the statement form: a source's kind, a claim moved, a hard delete", async () => {
    const { id } = await createStatement(db, input(), actorId);
    const other = await createStatement(db, input({ claims: [] }), actorId);
    await db.source.update({ where: { id: sources[0]! }, data: { kind: "PRESS_RELEASE" } });
    await expectCountsMatchRecount();
    await db.claim.updateMany({ where: { statementId: id }, data: { statementId: other.id } });
    await expectCountsMatchRecount();
    await db.stance.update({ where: { statementId_topicId: { statementId: id, topicId: topics[0]! } }, data: { topicId: topics[2]! } });
    await expectCountsMatchRecount();
    await db.statement.delete({ where: { id } });
    await expectCountsMatchRecount();
  });
});
