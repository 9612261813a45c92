// Integration tests of the statement writes against a real, migrated SQLite copy.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ExpectedError } from "@/lib/forms/errors";
import type { FieldChanges } from "@/lib/revisions/diff";
import { createTestUser } from "@/lib/testing/users";
import { diffFields } from "@/lib/revisions/diff";
import {
  createStatement,
  findDuplicate,
  normaliseStatementText,
  restoreStatement,
  softDeleteStatement,
  statementSnapshot,
  updateStatement,
} from "./mutations";
import type { StatementInput } from "./schema";

let actorId: number;
let rutte: number;
let aid: number;
let spending: number;
let transcript: number;
let article: number;

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  rutte = (await db.person.create({ data: { slug: "mark-rutte", name: "Mark Rutte" } })).id;
  aid = (await db.topic.create({ data: { slug: "aid", name: "Military aid to Ukraine", proposition: "Allies should give more aid" } })).id;
  spending = (await db.topic.create({ data: { slug: "spending", name: "Defence spending", proposition: "Spend more" } })).id;
  transcript = (await db.source.create({ data: { title: "Transcript", url: "https://example.org/t" } })).id;
  article = (await db.source.create({ data: { title: "Article", outlet: "Example News", url: "https://example.org/a" } })).id;
});

let counter = 0;
function input(overrides: Partial<StatementInput> = {}): StatementInput {
  counter += 1;
  return {
    speaker: { kind: "existing", id: rutte },
    date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: `We must do more, statement ${counter}.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: transcript }],
    topics: [],
    claims: [],
    confirmDuplicate: false,
    ...overrides,
  };
}

async function revisions(entityId: number, entity = "Statement") {
  const rows = await db.revision.findMany({ where: { entity, entityId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ action: row.action, actorId: row.actorId, changes: JSON.parse(row.changes) as FieldChanges }));
}

async function caught(promise: Promise<unknown>): Promise<ExpectedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpectedError) return error;
    throw error;
  }
  throw new Error("Expected the write to be refused.");
}

describe("createStatement", () => {
  it("stores the statement with topics, claims and sources, dateSort at the middle, and a revision of all of it", async () => {
    const { id } = await createStatement(
      db,
      input({
        date: { start: "2024-05-01", end: "2024-08-31", precision: "APPROXIMATE" },
        topics: [
          { key: "0", topicId: aid, stance: "FOR", hedging: "HEDGED", shiftNote: null, shiftSeen: null },
          { key: "1", topicId: spending, stance: "STRONGLY_FOR", hedging: null, shiftNote: null, shiftSeen: null },
        ],
        claims: [
          {
            key: "0",
            id: null,
            text: "Allies spent 2%",
            kind: "NUMERIC",
            value: 2,
            unit: "%",
            status: "UNVERIFIED",
            note: "",
            evidenceUrl: null,
          },
        ],
        sources: [
          { key: "0", kind: "existing", id: transcript },
          { key: "1", kind: "existing", id: article },
        ],
      }),
      actorId,
    );
    const row = await db.statement.findUniqueOrThrow({
      where: { id },
      include: { stances: true, claims: true, sources: { orderBy: { position: "asc" } } },
    });
    expect(row).toMatchObject({ dateSort: "2024-07-01", createdById: actorId, updatedById: actorId, version: 1, status: "PUBLISHED" });
    expect(row.stances).toHaveLength(2);
    expect(row.claims[0]).toMatchObject({ text: "Allies spent 2%", value: 2, unit: "%" });
    expect(row.sources.map((s) => s.sourceId)).toEqual([transcript, article]);

    const [created] = await revisions(id);
    expect(created).toMatchObject({ action: "CREATE", actorId });
    expect(created!.changes.speaker!.after).toBe("Mark Rutte");
    expect(created!.changes.topics!.after).toEqual(["Military aid to Ukraine: For (hedged)", "Defence spending: Strongly for"]);
    expect(created!.changes.claims!.after).toEqual(["Allies spent 2% · Numeric · 2 % · Unverified"]);
    expect(created!.changes.sources!.after).toEqual(["Transcript", "Article (Example News)"]);

    // The revision, built from the input, says exactly what reading the record back says.
    expect(created!.changes).toEqual(JSON.parse(JSON.stringify(diffFields(null, await statementSnapshot(db, id)))));

    // The full-text index (filled by triggers) includes claims and source titles.
    const fts = await db.$queryRaw<{ rowid: number }[]>`SELECT rowid FROM statement_fts WHERE statement_fts MATCH 'spent AND Article'`;
    expect(fts.map((r) => Number(r.rowid))).toContain(id);
  });

  it("creates a speaker, an event and a source inline, each with its own revision, in the same transaction", async () => {
    const { id } = await createStatement(
      db,
      input({
        speaker: {
          kind: "new",
          person: { name: "Kaja Kallas", roles: [{ title: "High Representative", organisation: "EU", startDate: "2024-12-01" }] },
        },
        event: { kind: "new", event: { name: "Foreign Affairs Council", kind: "MEETING", date: "2024-12-16" } },
        sources: [
          {
            key: "2",
            kind: "new",
            source: { title: "Doorstep remarks", url: "https://example.org/kallas", kind: "VIDEO", snapshotText: "Full text" },
          },
        ],
      }),
      actorId,
    );
    const row = await db.statement.findUniqueOrThrow({
      where: { id },
      include: { speaker: { include: { roles: true } }, event: true, sources: { include: { source: true } } },
    });
    expect(row.speaker).toMatchObject({ name: "Kaja Kallas", slug: "kaja-kallas" });
    expect(row.speaker.roles[0]).toMatchObject({ title: "High Representative" });
    expect(row.event).toMatchObject({ name: "Foreign Affairs Council", kind: "MEETING" });
    expect(row.sources[0]!.source).toMatchObject({ title: "Doorstep remarks", snapshotText: "Full text" });
    expect(await revisions(row.speakerId, "Person")).toHaveLength(1);
    expect(await revisions(row.eventId!, "Event")).toHaveLength(1);
    expect(await revisions(row.sources[0]!.sourceId, "Source")).toHaveLength(1);
    const [created] = await revisions(id);
    expect(created!.changes).toEqual(JSON.parse(JSON.stringify(diffFields(null, await statementSnapshot(db, id)))));
  });

  it("rolls back inline records when the statement is refused, with the source's message at its row", async () => {
    const people = await db.person.count();
    const error = await caught(
      createStatement(
        db,
        input({
          speaker: { kind: "new", person: { name: "Nobody Saved" } },
          sources: [{ key: "3", kind: "new", source: { title: "Same address", url: "https://example.org/t" } }],
        }),
        actorId,
      ),
    );
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["sources.3.new.url"]);
    expect(await db.person.count()).toBe(people);
  });

  it("refuses deleted or missing topics and sources at their rows", async () => {
    const gone = await db.topic.create({ data: { slug: "gone", name: "Gone", proposition: "x", deletedAt: new Date() } });
    const error = await caught(
      createStatement(
        db,
        input({
          topics: [{ key: "4", topicId: gone.id, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null }],
          sources: [{ key: "1", kind: "existing", id: 999_999 }],
        }),
        actorId,
      ),
    );
    expect(error.fieldErrors).toMatchObject({
      "topics.4.topicId": [expect.stringMatching(/deleted/)],
      "sources.1.id": [expect.stringMatching(/no longer exists/)],
    });
  });
});

describe("probable duplicates", () => {
  it("flags the same speaker, interval and text (quote marks, spacing and case aside) until confirmed", async () => {
    const first = input({ text: "We will \u201csupport\u201d Ukraine   for as long as it takes." });
    const { id } = await createStatement(db, first, actorId);
    const again = input({ text: ' "We will "support" Ukraine for as long as it takes." ', status: "DRAFT" });
    const error = await caught(createStatement(db, again, actorId));
    expect(error.detail?.duplicateOf).toMatchObject({ id, status: "PUBLISHED" });
    expect(error.fieldErrors?.confirmDuplicate?.[0]).toMatch(new RegExp(`#${id}`));

    // A different day is not a duplicate; an explicit confirmation saves it anyway.
    await expect(
      createStatement(db, { ...again, date: { start: "2024-11-13", end: "2024-11-13", precision: "DAY" } }, actorId),
    ).resolves.toBeDefined();
    await expect(createStatement(db, { ...again, confirmDuplicate: true }, actorId)).resolves.toBeDefined();
  });

  it("ignores deleted statements", async () => {
    const original = input();
    const { id } = await createStatement(db, original, actorId);
    await softDeleteStatement(db, id, actorId);
    await expect(createStatement(db, { ...original }, actorId)).resolves.toBeDefined();
  });

  it("normalises text the same way for both sides", () => {
    expect(normaliseStatementText("\u2018Yes\u2019,\n\tsaid  he")).toBe(normaliseStatementText("'yes', said he"));
  });
});

describe("stance shifts", () => {
  it("asks once for a note when a stance differs from the speaker's last published one", async () => {
    const speaker = (await db.person.create({ data: { slug: "shifter", name: "Shifting Speaker" } })).id;
    const base = { speaker: { kind: "existing" as const, id: speaker } };
    await createStatement(
      db,
      input({
        ...base,
        date: { start: "2023-01-10", end: "2023-01-10", precision: "DAY" },
        topics: [{ key: "0", topicId: aid, stance: "AGAINST", hedging: null, shiftNote: null, shiftSeen: null }],
      }),
      actorId,
    );
    const latest = await createStatement(
      db,
      input({
        ...base,
        date: { start: "2024-03-01", end: "2024-03-31", precision: "MONTH" },
        topics: [{ key: "0", topicId: aid, stance: "FOR", hedging: null, shiftNote: "Now for", shiftSeen: null }],
      }),
      actorId,
    );
    // A draft never counts as the last stance.
    await createStatement(
      db,
      input({
        ...base,
        status: "DRAFT",
        date: { start: "2024-06-01", end: "2024-06-01", precision: "DAY" },
        topics: [{ key: "0", topicId: aid, stance: "MIXED", hedging: null, shiftNote: "Draft", shiftSeen: null }],
      }),
      actorId,
    );

    const shifted = input({
      ...base,
      topics: [{ key: "2", topicId: aid, stance: "AGAINST", hedging: null, shiftNote: null, shiftSeen: null }],
    });
    const error = await caught(createStatement(db, shifted, actorId));
    const shifts = error.detail?.shifts as { key: string; shift: { message: string; signature: string } }[];
    expect(shifts).toHaveLength(1);
    expect(shifts[0]!.key).toBe("2");
    expect(shifts[0]!.shift.message).toBe("Shifting Speaker's last stance on Military aid to Ukraine: for, Mar 2024");
    expect(shifts[0]!.shift.signature).toBe(`${latest.id}:FOR`);

    // Saving again after the notice was shown, or with a note, goes through; the note is kept.
    await expect(
      createStatement(db, { ...shifted, topics: [{ ...shifted.topics[0]!, shiftSeen: shifts[0]!.shift.signature }] }, actorId),
    ).resolves.toBeDefined();
    const { id } = await createStatement(
      db,
      { ...shifted, text: "Another one", topics: [{ ...shifted.topics[0]!, shiftNote: "Changed after the election" }] },
      actorId,
    );
    expect(await db.stance.findFirst({ where: { statementId: id } })).toMatchObject({
      stance: "AGAINST",
      shiftNote: "Changed after the election",
    });
  });
});

describe("updateStatement", () => {
  it("changes nested parts in place, keeps claim ids and source locators, and records field-level changes", async () => {
    const speaker = { kind: "existing" as const, id: (await db.person.create({ data: { slug: "editable", name: "Edited Speaker" } })).id };
    const { id } = await createStatement(
      db,
      input({
        speaker,
        topics: [{ key: "0", topicId: spending, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null }],
        claims: [
          {
            key: "0",
            id: null,
            text: "Claim one",
            kind: "FACTUAL",
            value: null,
            unit: null,
            status: "UNVERIFIED",
            note: "",
            evidenceUrl: null,
          },
          {
            key: "1",
            id: null,
            text: "Claim two",
            kind: "FACTUAL",
            value: null,
            unit: null,
            status: "UNVERIFIED",
            note: "",
            evidenceUrl: null,
          },
        ],
      }),
      actorId,
    );
    await db.statementSource.update({
      where: { statementId_sourceId: { statementId: id, sourceId: transcript } },
      data: { page: "12", timestamp: "00:03:10" },
    });
    const [claimOne] = await db.claim.findMany({ where: { statementId: id }, orderBy: { position: "asc" } });

    const editor = (await createTestUser("ADMIN")).id;
    const result = await updateStatement(
      db,
      id,
      {
        ...input({ speaker, text: "Edited text" }),
        version: 1,
        topics: [{ key: "0", topicId: spending, stance: "STRONGLY_FOR", hedging: null, shiftNote: null, shiftSeen: null }],
        claims: [
          {
            key: "0",
            id: claimOne!.id,
            text: "Claim one, corrected",
            kind: "FACTUAL",
            value: null,
            unit: null,
            status: "SUPPORTED",
            note: "",
            evidenceUrl: "https://example.org/e",
          },
        ],
        sources: [
          { key: "0", kind: "existing", id: transcript },
          { key: "1", kind: "existing", id: article },
        ],
      },
      editor,
    );
    expect(result.version).toBe(2);
    const row = await db.statement.findUniqueOrThrow({ where: { id }, include: { claims: true, sources: true, stances: true } });
    expect(row).toMatchObject({ text: "Edited text", updatedById: editor, createdById: actorId });
    expect(row.claims).toEqual([expect.objectContaining({ id: claimOne!.id, text: "Claim one, corrected", status: "SUPPORTED" })]);
    expect(row.sources.find((s) => s.sourceId === transcript)).toMatchObject({ page: "12", timestamp: "00:03:10" });
    expect(row.stances[0]!.stance).toBe("STRONGLY_FOR");

    const updated = (await revisions(id)).at(-1)!;
    expect(updated.action).toBe("UPDATE");
    expect(updated.actorId).toBe(editor);
    expect(Object.keys(updated.changes).sort()).toEqual(["claims", "sources", "text", "topics"]);
    expect(updated.changes.topics).toEqual({ before: ["Defence spending: For"], after: ["Defence spending: Strongly for"] });
  });

  it("saves nothing and keeps the version when nothing changed", async () => {
    const original = input();
    const { id } = await createStatement(db, original, actorId);
    expect(await updateStatement(db, id, { ...original, version: 1 }, actorId)).toEqual({ id, version: 1 });
    expect(await revisions(id)).toHaveLength(1);
  });

  it("detects an edit made after the form was opened and reports what changed", async () => {
    const original = input();
    const { id } = await createStatement(db, original, actorId);
    const other = await createTestUser("ANALYST");
    await updateStatement(db, id, { ...original, text: "Changed by someone else", version: 1 }, other.id);

    const error = await caught(updateStatement(db, id, { ...original, context: "My note", version: 1 }, actorId));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.detail).toMatchObject({
      conflict: true,
      latestVersion: 2,
      changedBy: [other.name],
      changes: { text: { before: original.text, after: "Changed by someone else" } },
    });
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).context).toBe("");

    // Saving again on the version the conflict reported replaces theirs.
    await expect(updateStatement(db, id, { ...original, context: "My note", version: 2 }, actorId)).resolves.toMatchObject({ version: 3 });
  });

  it("does not ask again about a shift already saved on this statement", async () => {
    const speaker = (await db.person.create({ data: { slug: "steady", name: "Steady Speaker" } })).id;
    const base = { speaker: { kind: "existing" as const, id: speaker } };
    await createStatement(
      db,
      input({
        ...base,
        date: { start: "2023-01-01", end: "2023-01-01", precision: "DAY" },
        topics: [{ key: "0", topicId: aid, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null }],
      }),
      actorId,
    );
    const later = input({
      ...base,
      topics: [{ key: "0", topicId: aid, stance: "AGAINST", hedging: null, shiftNote: "Explained", shiftSeen: null }],
    });
    const { id } = await createStatement(db, later, actorId);
    await expect(
      updateStatement(db, id, { ...later, text: "Re-worded", topics: [{ ...later.topics[0]!, shiftNote: null }], version: 1 }, actorId),
    ).resolves.toMatchObject({ version: 2 });
  });

  it("refuses to edit a deleted statement", async () => {
    const original = input();
    const { id } = await createStatement(db, original, actorId);
    await softDeleteStatement(db, id, actorId);
    await expect(updateStatement(db, id, { ...original, version: 2 }, actorId)).rejects.toThrow(/deleted/);
  });
});

describe("source locators and the caller's transaction (the import assistant's save)", () => {
  const locator = {
    quoteStart: 10,
    quoteEnd: 24,
    anchorExact: "We must do more",
    anchorPrefix: "Rutte said: “",
    anchorSuffix: "”, he added.",
  };

  it("stores a locator per source, and none where it is not given", async () => {
    const { id } = await createStatement(
      db,
      input({
        sources: [
          { key: "0", kind: "existing", id: transcript, locator },
          { key: "1", kind: "existing", id: article },
        ],
      }),
      actorId,
    );
    const links = await db.statementSource.findMany({ where: { statementId: id }, orderBy: { position: "asc" } });
    expect(links[0]).toMatchObject({ sourceId: transcript, ...locator });
    expect(links[1]).toMatchObject({
      sourceId: article,
      quoteStart: null,
      quoteEnd: null,
      anchorExact: null,
      anchorPrefix: null,
      anchorSuffix: null,
    });
    // An edit that keeps the source keeps its anchor.
    await updateStatement(db, id, { ...input({ sources: [{ key: "0", kind: "existing", id: transcript }] }), version: 1 }, actorId);
    expect(
      await db.statementSource.findUniqueOrThrow({ where: { statementId_sourceId: { statementId: id, sourceId: transcript } } }),
    ).toMatchObject(locator);
  });

  it("writes several statements in one outer transaction: a refusal in the second rolls back the first", async () => {
    const before = { statements: await db.statement.count(), revisions: await db.revision.count() };
    const first = input();
    const error = await caught(
      db.$transaction(async (tx) => {
        await createStatement(tx, first, actorId);
        await createStatement(tx, { ...first }, actorId); // the same words again: a probable duplicate
      }),
    );
    expect(error.fieldErrors?.confirmDuplicate).toBeDefined();
    expect({ statements: await db.statement.count(), revisions: await db.revision.count() }).toEqual(before);
  });

  it("finds a live duplicate by speaker, dates and wording", async () => {
    const saved = input();
    const { id } = await createStatement(db, saved, actorId);
    await expect(findDuplicate(db, rutte, saved.date, `  “${saved.text.toUpperCase()}”`, null)).resolves.toMatchObject({
      id,
      status: "PUBLISHED",
    });
    await expect(findDuplicate(db, rutte, saved.date, saved.text, id)).resolves.toBeNull();
  });
});

describe("soft delete and restore", () => {
  it("hides and brings back the statement, keeps every row, and records both", async () => {
    const { id } = await createStatement(
      db,
      input({
        claims: [
          { key: "0", id: null, text: "Kept", kind: "FACTUAL", value: null, unit: null, status: "UNVERIFIED", note: "", evidenceUrl: null },
        ],
      }),
      actorId,
    );
    await softDeleteStatement(db, id, actorId);
    const deleted = await db.statement.findUniqueOrThrow({ where: { id }, include: { claims: true } });
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.claims).toHaveLength(1);
    await expect(softDeleteStatement(db, id, actorId)).rejects.toThrow(/already deleted/);

    await restoreStatement(db, id, actorId);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    await expect(restoreStatement(db, id, actorId)).rejects.toThrow(/not deleted/);
    expect((await revisions(id)).map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).version).toBe(3);
  });
});
