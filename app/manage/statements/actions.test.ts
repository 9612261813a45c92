// The statement form actions against a real database. Security boundary: an action is a public
// POST endpoint, so every one of them must refuse a request without a valid staff session and
// write nothing (no statement, no revision, no inline speaker/source).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import {
  createStatementAction,
  deleteStatementAction,
  latestStancesAction,
  restoreStatementAction,
  searchLinkCandidatesAction,
  updateStatementAction,
} from "./actions";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2]!;
}

const idOf = (path: string) => Number(path.match(/^\/statements\/(\d+)/)?.[1]);

let speakerId: number;
let topicId: number;
let otherTopicId: number;
let sourceId: number;
let counter = 0;

beforeAll(async () => {
  speakerId = (await db.person.create({ data: { slug: "speaker", name: "Ursula von der Leyen" } })).id;
  topicId = (
    await db.topic.create({ data: { slug: "enlargement", name: "EU enlargement", proposition: "The EU should admit new members" } })
  ).id;
  otherTopicId = (await db.topic.create({ data: { slug: "sanctions", name: "Sanctions on Russia", proposition: "Keep sanctions" } })).id;
  sourceId = (await db.source.create({ data: { title: "Speech transcript", url: "https://example.eu/speech" } })).id;
});

beforeEach(() => signOut());

function statementFields(overrides: Record<string, string> = {}): Record<string, string> {
  counter += 1;
  return {
    "speaker.id": String(speakerId),
    "date.precision": "DAY",
    "date.day": "2024-09-10",
    "event.id": "",
    kind: "QUOTE",
    text: `Enlargement is a geostrategic investment, part ${counter}.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    "sources.0.id": String(sourceId),
    "sources.1.id": "",
    "topics.0.topicId": String(topicId),
    "topics.0.stance": "STRONGLY_FOR",
    "topics.0.hedging": "COMMITTED",
    "topics.1.topicId": String(otherTopicId),
    "topics.1.stance": "FOR",
    "topics.2.topicId": "",
    "topics.2.stance": "",
    "claims.0.text": "Twelve countries are candidates",
    "claims.0.kind": "NUMERIC",
    "claims.0.value": "12",
    "claims.0.status": "UNVERIFIED",
    "claims.1.text": "",
    "claims.1.kind": "FACTUAL",
    "claims.1.status": "UNVERIFIED",
    ...overrides,
  };
}

// Stances compare across a speaker's statements; tests that are not about shifts use their own speaker.
const freshSpeaker = async () => ({
  "speaker.id": String((await db.person.create({ data: { slug: `speaker-${++counter}`, name: `Speaker ${counter}` } })).id),
});

const counts = async () => ({
  statements: await db.statement.count(),
  revisions: await db.revision.count(),
  people: await db.person.count(),
  sources: await db.source.count(),
});

describe("refused callers", () => {
  it("refuses an anonymous request to every action and writes nothing", async () => {
    const before = await counts();
    const existing = (await db.statement.findFirst({ select: { id: true } }))?.id ?? 1;
    const attempts: Promise<FormState>[] = [
      createStatementAction(
        initialFormState,
        form(
          statementFields({ "speaker.id": "new", "speaker.new.name": "Intruder", "sources.1.id": "new", "sources.1.new.title": "Fake" }),
        ),
      ),
      updateStatementAction(initialFormState, form({ ...statementFields(), id: String(existing), version: "1" })),
      deleteStatementAction(initialFormState, form({ id: String(existing) })),
      restoreStatementAction(initialFormState, form({ id: String(existing) })),
    ];
    for (const state of await Promise.all(attempts)) {
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(/not signed in/);
    }
    expect(await counts()).toEqual(before);
    expect(await latestStancesAction(speakerId, [topicId], null)).toEqual([]);
    expect(await searchLinkCandidatesAction("Ursula", null)).toEqual([]);
  });

  it("refuses a disabled account's session", async () => {
    await signInAs("ANALYST", { disabled: true });
    const before = await counts();
    const state = await createStatementAction(initialFormState, form(statementFields()));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    expect(await counts()).toEqual(before);
  });
});

describe("createStatementAction", () => {
  it("lets an analyst create a statement with two topics and a claim, and records who did it", async () => {
    const analyst = await signInAs("ANALYST");
    revalidated.length = 0;
    const path = await redirectOf(createStatementAction(initialFormState, form(statementFields())));
    const id = idOf(path);
    expect(path).toBe(`/statements/${id}?saved=created`);
    expect(revalidated).toContain("/");
    const row = await db.statement.findUniqueOrThrow({ where: { id }, include: { stances: true, claims: true } });
    expect(row).toMatchObject({ createdById: analyst.id, updatedById: analyst.id, dateSort: "2024-09-10", status: "PUBLISHED" });
    expect(row.stances).toHaveLength(2);
    expect(row.claims).toEqual([expect.objectContaining({ text: "Twelve countries are candidates", value: 12, kind: "NUMERIC" })]);
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: id } });
    expect(revision).toMatchObject({ action: "CREATE", actorId: analyst.id });
  });

  it("lets an admin create one too", async () => {
    await signInAs("ADMIN");
    expect(await redirectOf(createStatementAction(initialFormState, form(statementFields())))).toMatch(
      /^\/statements\/\d+\?saved=created$/,
    );
  });

  it("returns messages at their fields and every submitted value, and saves nothing", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const fields = statementFields({
      text: "",
      "date.day": "2999-01-01",
      "sources.0.id": "",
      "claims.1.text": "No kind",
      "claims.1.kind": "",
      "claims.1.evidenceUrl": "not a url",
    });
    const state = await createStatementAction(initialFormState, form(fields));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["claims.1.evidenceUrl", "claims.1.kind", "date.day", "sources", "text"]);
    expect(state.values).toEqual(fields);
    expect(await counts()).toEqual(before);
  });

  it("flags a probable duplicate and saves it only with the explicit confirmation", async () => {
    await signInAs("ANALYST");
    const fields = statementFields();
    await redirectOf(createStatementAction(initialFormState, form(fields)));
    const before = await counts();
    const again = { ...fields, text: `  ${fields.text!.replace(/ /g, "  ")} ` };
    const state = await createStatementAction(initialFormState, form(again));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.confirmDuplicate).toBeDefined();
    expect(state.detail?.duplicateOf).toMatchObject({ status: "PUBLISHED" });
    expect(state.values).toEqual(again);
    expect(await counts()).toEqual(before);
    await redirectOf(createStatementAction(initialFormState, form({ ...again, confirmDuplicate: "on" })));
  });

  it("shows a stance shift once without JavaScript, then saves with the note kept", async () => {
    await signInAs("ANALYST");
    const oneTopic = { "topics.1.topicId": "", "topics.1.stance": "" };
    await redirectOf(createStatementAction(initialFormState, form(statementFields({ "date.day": "2024-01-05", ...oneTopic }))));
    const shifted = statementFields({ "date.day": "2024-10-01", "topics.0.stance": "AGAINST", ...oneTopic });
    const state = await createStatementAction(initialFormState, form(shifted));
    expect(state.ok).toBe(false);
    const shifts = state.detail?.shifts as { key: string; shift: { message: string; signature: string } }[];
    expect(shifts[0]).toMatchObject({
      key: "0",
      shift: { message: expect.stringMatching(/^Ursula von der Leyen's last stance on EU enlargement: strongly for, /) },
    });

    const path = await redirectOf(
      createStatementAction(
        initialFormState,
        form({ ...shifted, "topics.0.shiftSeen": shifts[0]!.shift.signature, "topics.0.shiftNote": "Conditions hardened" }),
      ),
    );
    expect(await db.stance.findFirstOrThrow({ where: { statementId: idOf(path), topicId } })).toMatchObject({
      stance: "AGAINST",
      shiftNote: "Conditions hardened",
    });
  });
});

describe("updateStatementAction", () => {
  it("saves an edit with a revision of what changed", async () => {
    await signInAs("ANALYST");
    const fields = statementFields(await freshSpeaker());
    const id = idOf(await redirectOf(createStatementAction(initialFormState, form(fields))));
    const editor = await signInAs("ADMIN");
    const path = await redirectOf(
      updateStatementAction(
        initialFormState,
        form({ ...fields, id: String(id), version: "1", status: "DRAFT", "claims.0.unit": "countries" }),
      ),
    );
    expect(path).toBe(`/statements/${id}?saved=updated`);
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: id, action: "UPDATE" } });
    expect(revision.actorId).toBe(editor.id);
    expect(Object.keys(JSON.parse(revision.changes)).sort()).toEqual(["claims", "status"]);
  });

  it("reports a conflicting edit with what changed, keeps the input, and saves nothing", async () => {
    await signInAs("ANALYST");
    const fields = statementFields(await freshSpeaker());
    const id = idOf(await redirectOf(createStatementAction(initialFormState, form(fields))));
    await redirectOf(updateStatementAction(initialFormState, form({ ...fields, id: String(id), version: "1", context: "First editor" })));

    const mine = { ...fields, id: String(id), version: "1", text: "My rewording" };
    const state = await updateStatementAction(initialFormState, form(mine));
    expect(state).toMatchObject({
      ok: false,
      values: mine,
      detail: { conflict: true, latestVersion: 2, changes: { context: { before: "", after: "First editor" } } },
    });
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).text).toBe(fields.text);
  });

  it("answers an unknown statement with a message, not a crash", async () => {
    await signInAs("ANALYST");
    const state = await updateStatementAction(initialFormState, form({ ...statementFields(), id: "999999", version: "1" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
  });
});

describe("delete and restore", () => {
  it("soft-deletes and restores with revisions", async () => {
    const analyst = await signInAs("ANALYST");
    const id = idOf(await redirectOf(createStatementAction(initialFormState, form(statementFields(await freshSpeaker())))));
    expect(await redirectOf(deleteStatementAction(initialFormState, form({ id: String(id) })))).toBe(`/statements/${id}?saved=deleted`);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect(await deleteStatementAction(initialFormState, form({ id: String(id) }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already deleted/),
    });
    expect(await redirectOf(restoreStatementAction(initialFormState, form({ id: String(id) })))).toBe(`/statements/${id}?saved=restored`);
    const actions = await db.revision.findMany({
      where: { entity: "Statement", entityId: id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "CREATE", actorId: analyst.id },
      { action: "DELETE", actorId: analyst.id },
      { action: "RESTORE", actorId: analyst.id },
    ]);
  });
});

describe("latestStancesAction", () => {
  it("gives staff the speaker's latest published stance per topic", async () => {
    await signInAs("ANALYST");
    const stances = await latestStancesAction(speakerId, [topicId, otherTopicId], null);
    expect(stances.map((s) => s.topicId).sort()).toEqual([topicId, otherTopicId].sort());
    expect(stances.every((s) => s.speakerName === "Ursula von der Leyen")).toBe(true);
  });
});

describe("searchLinkCandidatesAction", () => {
  it("offers staff the statements matching words of the speaker or the text, drafts included, and never throws on hostile input", async () => {
    const published = await db.statement.create({
      data: {
        speakerId,
        dateStart: "2024-03-01",
        dateEnd: "2024-03-01",
        dateSort: "2024-03-01",
        text: "Candidates need reforms first.",
        status: "PUBLISHED",
      },
    });
    const draft = await db.statement.create({
      data: {
        speakerId,
        dateStart: "2024-03-02",
        dateEnd: "2024-03-02",
        dateSort: "2024-03-02",
        text: "Reforms are a draft idea.",
        status: "DRAFT",
      },
    });
    await signInAs("ANALYST");
    const found = await searchLinkCandidatesAction("reforms", null);
    expect(found.map((c) => c.id)).toEqual(expect.arrayContaining([published.id, draft.id]));
    expect((await searchLinkCandidatesAction("reforms", published.id)).map((c) => c.id)).not.toContain(published.id);
    for (const hostile of [
      "",
      "\u0000",
      '"*:(',
      "constructor",
      "x".repeat(100_000),
      "\ud800",
      42 as unknown as string,
      null as unknown as string,
    ]) {
      expect(Array.isArray(await searchLinkCandidatesAction(hostile, null))).toBe(true);
    }
  });
});
