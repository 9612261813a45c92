// A source's own wording of a statement (its rendering): parsed from the form's source rows,
// stored on the source link, kept in the statement's history, and carried through delete and
// restore. Against a real, migrated SQLite copy.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { FieldChanges } from "@/lib/revisions/diff";
import { createTestUser } from "@/lib/testing/users";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "./mutations";
import { parseStatementForm, type StatementInput } from "./schema";
import { STATEMENT_LIMITS } from "./limits";
import { statementFormValues } from "./form-values";

const CANONICAL = "Russia is the most significant and direct threat to our Alliance.";
const REPORTED = "Russia is the most significant and dark threat to our alliance.";

let actorId: number;
let speaker: number;
let transcript: number;
let article: number;

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  speaker = (await db.person.create({ data: { slug: "speaker", name: "A Speaker" } })).id;
  transcript = (await db.source.create({ data: { title: "Transcript", kind: "OFFICIAL_TRANSCRIPT", url: "https://example.org/t" } })).id;
  article = (await db.source.create({ data: { title: "Article", outlet: "News", url: "https://example.org/a" } })).id;
});

let day = 0;
function input(overrides: Partial<StatementInput> = {}): StatementInput {
  day += 1;
  return {
    speaker: { kind: "existing", id: speaker },
    date: { start: `2025-01-${String(day).padStart(2, "0")}`, end: `2025-01-${String(day).padStart(2, "0")}`, precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: CANONICAL,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [
      { key: "0", kind: "existing", id: transcript, rendering: null },
      { key: "1", kind: "existing", id: article, rendering: REPORTED },
    ],
    topics: [],
    claims: [],
    confirmDuplicate: false,
    ...overrides,
  };
}

const links = (statementId: number) =>
  db.statementSource.findMany({ where: { statementId }, orderBy: { position: "asc" }, select: { sourceId: true, rendering: true } });

async function revisions(entityId: number) {
  const rows = await db.revision.findMany({ where: { entity: "Statement", entityId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ action: row.action, changes: JSON.parse(row.changes) as FieldChanges }));
}

const formBase = {
  "speaker.id": "1",
  "date.precision": "DAY",
  "date.day": "2025-01-01",
  kind: "QUOTE",
  text: CANONICAL,
  status: "DRAFT",
  "event.id": "",
};

describe("the rendering field of a source row", () => {
  it("is parsed per row, trimmed, and blank means the source has the statement's own words", () => {
    const parsed = parseStatementForm(
      {
        ...formBase,
        "sources.0.id": String(transcript),
        "sources.0.rendering": "  ",
        "sources.3.id": "7",
        "sources.3.rendering": ` ${REPORTED}\n`,
      },
      "create",
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data!.sources.map((s) => [s.key, s.rendering])).toEqual([
      ["0", null],
      ["3", REPORTED],
    ]);
  });

  it("refuses a wording that is too long, at its own field", () => {
    const parsed = parseStatementForm(
      { ...formBase, "sources.2.id": "5", "sources.2.rendering": "x".repeat(STATEMENT_LIMITS.rendering + 1) },
      "create",
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["sources.2.rendering"]);
  });

  it("asks for the source when a wording is typed on a row without one", () => {
    const parsed = parseStatementForm(
      { ...formBase, "sources.0.id": String(transcript), "sources.1.id": "", "sources.1.rendering": REPORTED },
      "create",
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ["sources", "1", "id"], message: expect.stringMatching(/source/) }),
    ]);
  });

  it("is laid out in the edit form's values", () => {
    const values = statementFormValues({
      speakerId: 1,
      date: { start: "2025-01-01", end: "2025-01-01", precision: "DAY" },
      eventId: null,
      kind: "QUOTE",
      text: CANONICAL,
      context: "",
      language: "en",
      status: "DRAFT",
      version: 1,
      sources: [{ id: 4 }, { id: 9, rendering: REPORTED }],
      topics: [],
      claims: [],
    });
    expect(values["sources.0.rendering"]).toBe("");
    expect(values["sources.1.rendering"]).toBe(REPORTED);
  });
});

describe("storing renderings", () => {
  it("stores each source's wording with its link, and the revision records it", async () => {
    const { id } = await createStatement(db, input(), actorId);
    expect(await links(id)).toEqual([
      { sourceId: transcript, rendering: null },
      { sourceId: article, rendering: REPORTED },
    ]);
    const [created] = await revisions(id);
    expect(created!.changes.sources!.after).toEqual(["Transcript", `Article (News); worded: “${REPORTED}”`]);
  });

  it("stores no rendering when the wording is the statement's own text", async () => {
    const { id } = await createStatement(
      db,
      input({ sources: [{ key: "0", kind: "existing", id: article, rendering: CANONICAL }] }),
      actorId,
    );
    expect(await links(id)).toEqual([{ sourceId: article, rendering: null }]);
  });

  it("edits and clears a wording, each change in the history, and the old one can be put back", async () => {
    const base = input();
    const { id } = await createStatement(db, base, actorId);
    const edited = "Russia is the most significant and dark threat.";
    const withWording = (rendering: string | null): StatementInput["sources"] => [
      { key: "0", kind: "existing", id: transcript, rendering: null },
      { key: "1", kind: "existing", id: article, rendering },
    ];
    const second = await updateStatement(db, id, { ...base, sources: withWording(edited), version: 1 }, actorId);
    expect(second.version).toBe(2);
    expect((await links(id))[1]!.rendering).toBe(edited);
    expect((await revisions(id))[1]!.changes.sources).toEqual({
      before: ["Transcript", `Article (News); worded: “${REPORTED}”`],
      after: ["Transcript", `Article (News); worded: “${edited}”`],
    });

    await updateStatement(db, id, { ...base, sources: withWording(null), version: 2 }, actorId);
    expect((await links(id))[1]!.rendering).toBeNull();
    // Undoing the edit is saving the earlier wording again, which the history shows.
    await updateStatement(db, id, { ...base, version: 3 }, actorId);
    expect((await links(id))[1]!.rendering).toBe(REPORTED);
    expect((await revisions(id)).map((r) => r.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE"]);
  });

  it("keeps renderings through a delete and its undo", async () => {
    const { id } = await createStatement(db, input(), actorId);
    await softDeleteStatement(db, id, actorId);
    await restoreStatement(db, id, actorId);
    expect(await links(id)).toEqual([
      { sourceId: transcript, rendering: null },
      { sourceId: article, rendering: REPORTED },
    ]);
  });
});
