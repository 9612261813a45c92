// Links between statements, written with the statement (its form's rows) against a real, migrated
// SQLite copy: the revision records them, refusals store nothing, soft delete and restore keep them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/forms/errors";
import type { FieldChanges } from "@/lib/revisions/diff";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "@/lib/statements/mutations";
import type { RelationInput, StatementInput } from "@/lib/statements/schema";
import { createTestUser } from "@/lib/testing/users";

let actorId: number;
let rutte: number;
let stoltenberg: number;
let sourceId: number;

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  rutte = (await db.person.create({ data: { slug: "rel-rutte", name: "Mark Rutte" } })).id;
  stoltenberg = (await db.person.create({ data: { slug: "rel-stoltenberg", name: "Jens Stoltenberg" } })).id;
  sourceId = (await db.source.create({ data: { title: "Transcript", url: "https://example.org/rel" } })).id;
});

let counter = 0;
function input(overrides: Partial<StatementInput> = {}): StatementInput {
  counter += 1;
  return {
    speaker: { kind: "existing", id: rutte },
    date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: `Relation test statement ${counter}.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: sourceId }],
    topics: [],
    claims: [],
    confirmDuplicate: false,
    ...overrides,
  };
}

const link = (key: string, target: number, type: RelationInput["type"], note = ""): RelationInput => ({ key, target, type, note });

async function revisions(entityId: number) {
  const rows = await db.revision.findMany({ where: { entity: "Statement", entityId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ action: row.action, changes: JSON.parse(row.changes) as FieldChanges }));
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

const linksOf = (fromId: number) =>
  db.statementRelation.findMany({ where: { fromId }, orderBy: { position: "asc" }, select: { toId: true, type: true, note: true } });

describe("links written with a statement", () => {
  it("stores the links of a new statement and names them in its CREATE revision", async () => {
    const earlier = await createStatement(db, input(), actorId);
    const other = await createStatement(db, input({ speaker: { kind: "existing", id: stoltenberg } }), actorId);
    const { id } = await createStatement(
      db,
      input({ relations: [link("0", earlier.id, "WALKS_BACK", "Softer wording a week later"), link("1", other.id, "RESPONDS_TO")] }),
      actorId,
    );
    expect(await linksOf(id)).toEqual([
      { toId: earlier.id, type: "WALKS_BACK", note: "Softer wording a week later" },
      { toId: other.id, type: "RESPONDS_TO", note: "" },
    ]);
    const [created] = await revisions(id);
    expect(created!.changes.links!.after).toEqual([
      `walks back statement #${earlier.id} (Mark Rutte); note: Softer wording a week later`,
      `responds to statement #${other.id} (Jens Stoltenberg)`,
    ]);
  });

  it("adds, changes and removes links on an edit, each as one revision with the version bumped", async () => {
    const a = await createStatement(db, input(), actorId);
    const b = await createStatement(db, input(), actorId);
    const { id } = await createStatement(db, input(), actorId);
    const base = input();

    const added = await updateStatement(db, id, { ...base, version: 1, relations: [link("0", a.id, "REAFFIRMS")] }, actorId);
    expect(added.version).toBe(2);
    const changed = await updateStatement(
      db,
      id,
      { ...base, version: 2, relations: [link("0", a.id, "REAFFIRMS", "Same line"), link("3", b.id, "CLARIFIES")] },
      actorId,
    );
    expect(changed.version).toBe(3);
    const removed = await updateStatement(db, id, { ...base, version: 3, relations: [link("3", b.id, "CLARIFIES")] }, actorId);
    expect(removed.version).toBe(4);
    expect(await linksOf(id)).toEqual([{ toId: b.id, type: "CLARIFIES", note: "" }]);

    const history = await revisions(id);
    expect(history.map((r) => r.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE"]);
    expect(history[1]!.changes.links).toEqual({ before: [], after: [`reaffirms statement #${a.id} (Mark Rutte)`] });
    expect(history[3]!.changes.links!.after).toEqual([`clarifies statement #${b.id} (Mark Rutte)`]);
    // Only the links changed: the revision names nothing else.
    expect(Object.keys(history[3]!.changes)).toEqual(["links"]);

    // Leaving the links out (a caller that does not edit them) keeps them.
    await updateStatement(db, id, { ...base, version: 4, context: "Edited elsewhere" }, actorId);
    expect(await linksOf(id)).toHaveLength(1);
  });

  it("an unchanged list of links saves nothing", async () => {
    const a = await createStatement(db, input(), actorId);
    const base = input({ relations: [link("0", a.id, "CONTRADICTS")] });
    const { id } = await createStatement(db, base, actorId);
    const saved = await updateStatement(db, id, { ...base, version: 1 }, actorId);
    expect(saved.version).toBe(1);
    expect(await revisions(id)).toHaveLength(1);
  });

  it("refuses a link to itself, to a missing statement and to a deleted one, at the row, storing nothing", async () => {
    const gone = await createStatement(db, input(), actorId);
    await softDeleteStatement(db, gone.id, actorId);
    const { id } = await createStatement(db, input(), actorId);
    const error = await caught(
      updateStatement(
        db,
        id,
        {
          ...input(),
          text: "This text must not be saved.",
          version: 1,
          relations: [link("0", id, "CLARIFIES"), link("1", 99_999_999, "REAFFIRMS"), link("2", gone.id, "WALKS_BACK")],
        },
        actorId,
      ),
    );
    expect(error.fieldErrors).toEqual({
      "relations.0.target": ["A statement cannot be linked to itself: choose another statement."],
      "relations.1.target": ["There is no statement #99999999. Check the number, or pick the statement from the search."],
      "relations.2.target": [`Statement #${gone.id} was deleted. Restore it first, or link another statement.`],
    });
    const row = await db.statement.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(1);
    expect(row.text).not.toBe("This text must not be saved.");
    expect(await linksOf(id)).toEqual([]);
    expect(await revisions(id)).toHaveLength(1);

    // A new statement with a bad link is not created at all.
    const before = await db.statement.count();
    await caught(createStatement(db, input({ relations: [link("0", gone.id, "WALKS_BACK")] }), actorId));
    expect(await db.statement.count()).toBe(before);
  });

  it("keeps a link to a statement deleted after it was made, so the rest of the form can still be saved", async () => {
    const target = await createStatement(db, input(), actorId);
    const base = input({ relations: [link("0", target.id, "WALKS_BACK")] });
    const { id } = await createStatement(db, base, actorId);
    await softDeleteStatement(db, target.id, actorId);
    const saved = await updateStatement(db, id, { ...base, context: "Still editable", version: 1 }, actorId);
    expect(saved.version).toBe(2);
    expect(await linksOf(id)).toHaveLength(1);
  });

  it("is atomic with the statement: a failure later in the caller's transaction stores neither", async () => {
    const target = await createStatement(db, input(), actorId);
    const before = await db.statementRelation.count();
    await expect(
      db.$transaction(async (tx) => {
        await createStatement(tx, input({ relations: [link("0", target.id, "REAFFIRMS")] }), actorId);
        throw new Error("later failure");
      }),
    ).rejects.toThrow("later failure");
    expect(await db.statementRelation.count()).toBe(before);
  });

  it("soft delete and restore of either end keep the link", async () => {
    const target = await createStatement(db, input(), actorId);
    const { id } = await createStatement(db, input({ relations: [link("0", target.id, "SAME_UTTERANCE")] }), actorId);
    await softDeleteStatement(db, id, actorId);
    await softDeleteStatement(db, target.id, actorId);
    expect(await linksOf(id)).toHaveLength(1);
    await restoreStatement(db, id, actorId);
    await restoreStatement(db, target.id, actorId);
    expect(await linksOf(id)).toEqual([{ toId: target.id, type: "SAME_UTTERANCE", note: "" }]);
  });
});
