import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fieldErrorsFromIssues, type FormValues } from "@/lib/forms/state";
import { nestFormValues, rowSlots, statementFormValues } from "./form-values";
import { parseStatementForm, type StatementInput } from "./schema";

// "Today" is fixed so "not in the future" is testable.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2025, 5, 15, 12, 0, 0));
});
afterEach(() => vi.useRealTimers());

const valid: FormValues = {
  "speaker.id": "3",
  "date.precision": "DAY",
  "date.day": "2024-11-12",
  "event.id": "",
  kind: "QUOTE",
  text: "  We must step up   support for Ukraine. ",
  context: "",
  language: "",
  status: "PUBLISHED",
  "sources.0.id": "7",
  "sources.1.id": "",
  "topics.0.topicId": "2",
  "topics.0.stance": "FOR",
  "topics.0.hedging": "",
  "topics.0.shiftNote": "",
  "topics.1.topicId": "",
  "topics.1.stance": "",
  "claims.0.text": "",
  "claims.0.kind": "FACTUAL",
  "claims.0.status": "UNVERIFIED",
};

function errorsOf(values: FormValues, mode: "create" | "update" = "create") {
  const result = parseStatementForm(values, mode);
  return result.success ? {} : fieldErrorsFromIssues(result.error.issues);
}

function parsed(values: FormValues): StatementInput {
  const result = parseStatementForm(values, "create");
  if (!result.success) throw new Error(JSON.stringify(fieldErrorsFromIssues(result.error.issues)));
  return result.data;
}

describe("statement schema", () => {
  it("parses a minimal statement, dropping blank rows and trimming text", () => {
    const data = parsed(valid);
    expect(data.speaker).toEqual({ kind: "existing", id: 3 });
    expect(data.date).toEqual({ start: "2024-11-12", end: "2024-11-12", precision: "DAY" });
    expect(data.event).toBeNull();
    expect(data.text).toBe("We must step up   support for Ukraine.");
    expect(data.language).toBe("en");
    expect(data.sources).toEqual([{ key: "0", kind: "existing", id: 7, rendering: null }]);
    expect(data.topics).toEqual([{ key: "0", topicId: 2, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null }]);
    expect(data.claims).toEqual([]);
    expect(data.confirmDuplicate).toBe(false);
  });

  it("requires a speaker, text, kind, status and at least one source, each at its field", () => {
    const errors = errorsOf({ "date.precision": "DAY", "date.day": "2024-01-01" });
    expect(Object.keys(errors).sort()).toEqual(["kind", "sources", "speaker.id", "status", "text"]);
    expect(errors["sources"]?.[0]).toMatch(/at least one source/);
  });

  it("limits lengths", () => {
    const errors = errorsOf({ ...valid, text: "x".repeat(5001), context: "y".repeat(5001), "topics.0.shiftNote": "z".repeat(1001) });
    expect(errors["text"]).toEqual([
      "The text is 5,001 characters long; keep it under 5,000 characters: split a long speech into several statements.",
    ]);
    expect(errors["context"]?.[0]).toMatch(/5,000/);
    expect(errors["topics.0.shiftNote"]?.[0]).toMatch(/1,000/);
  });

  it("checks language tags", () => {
    expect(parsed({ ...valid, language: "PT-BR" }).language).toBe("pt-BR");
    expect(parsed({ ...valid, language: "pl" }).language).toBe("pl");
    expect(errorsOf({ ...valid, language: "English" })["language"]).toBeDefined();
    expect(errorsOf({ ...valid, language: "e n" })["language"]).toBeDefined();
  });

  it("ignores unsafe field names", () => {
    expect(nestFormValues({ "__proto__.polluted": "x", "a.constructor.b": "y", "a.b": "z" })).toEqual({ a: { b: "z" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("dates at each precision", () => {
  const withDate = (date: Record<string, string>) => ({
    ...valid,
    "date.day": "",
    ...Object.fromEntries(Object.entries(date).map(([k, v]) => [`date.${k}`, v])),
  });

  it("turns month, year, range and approximate dates into intervals", () => {
    expect(parsed(withDate({ precision: "MONTH", year: "2024", month: "2" })).date).toEqual({
      start: "2024-02-01",
      end: "2024-02-29",
      precision: "MONTH",
    });
    expect(parsed(withDate({ precision: "YEAR", year: "2023" })).date).toEqual({
      start: "2023-01-01",
      end: "2023-12-31",
      precision: "YEAR",
    });
    expect(parsed(withDate({ precision: "RANGE", from: "2024-03-01", to: "2024-03-10" })).date).toEqual({
      start: "2024-03-01",
      end: "2024-03-10",
      precision: "RANGE",
    });
    expect(parsed(withDate({ precision: "APPROXIMATE", from: "2024-05-01", to: "2024-08-31" })).date.precision).toBe("APPROXIMATE");
    expect(parsed(withDate({ precision: "APPROXIMATE", from: "2024-05-01" })).date).toEqual({
      start: "2024-05-01",
      end: "2024-05-01",
      precision: "APPROXIMATE",
    });
  });

  it("allows the current month and year, which end after today", () => {
    expect(parsed(withDate({ precision: "MONTH", year: "2025", month: "6" })).date.end).toBe("2025-06-30");
    expect(parsed(withDate({ precision: "YEAR", year: "2025" })).date.end).toBe("2025-12-31");
  });

  it("refuses impossible, reversed and future dates at the field concerned", () => {
    expect(errorsOf(withDate({ precision: "DAY", day: "2025-02-30" }))["date.day"]).toEqual([
      "February 2025 has 28 days: there is no 30 February.",
    ]);
    expect(errorsOf(withDate({ precision: "DAY", day: "2025-02-45" }))["date.day"]).toEqual([
      "That day does not exist: February 2025 has 28 days.",
    ]);
    expect(errorsOf(withDate({ precision: "RANGE", from: "2024-04-31", to: "2024-05-02" }))["date.from"]).toEqual([
      "April 2024 has 30 days: there is no 31 April.",
    ]);
    expect(errorsOf(withDate({ precision: "APPROXIMATE", from: "2024-02-30", to: "" }))).toEqual({
      "date.from": ["February 2024 has 29 days: there is no 30 February."],
    });
    expect(parsed(withDate({ precision: "DAY", day: "2024-2-4" })).date).toEqual({
      start: "2024-02-04",
      end: "2024-02-04",
      precision: "DAY",
    });
    expect(errorsOf(withDate({ precision: "DAY", day: "2025-06-16" }))["date.day"]).toEqual(["This date is in the future."]);
    expect(errorsOf(withDate({ precision: "DAY", day: "" }))["date.day"]).toBeDefined();
    expect(errorsOf(withDate({ precision: "MONTH", year: "2025", month: "7" }))["date.month"]).toEqual(["This date is in the future."]);
    expect(errorsOf(withDate({ precision: "MONTH", year: "2025", month: "13" }))["date.month"]).toBeDefined();
    expect(errorsOf(withDate({ precision: "YEAR", year: "25" }))["date.year"]).toBeDefined();
    expect(errorsOf(withDate({ precision: "YEAR", year: "2026" }))["date.year"]).toEqual(["This date is in the future."]);
    expect(errorsOf(withDate({ precision: "RANGE", from: "2024-03-10", to: "2024-03-01" }))["date.to"]).toEqual([
      "The end date is before the start date.",
    ]);
    expect(errorsOf(withDate({ precision: "RANGE", from: "2024-03-10", to: "2025-07-01" }))["date.to"]).toEqual([
      "This date is in the future.",
    ]);
    expect(errorsOf(withDate({ precision: "RANGE", from: "", to: "" }))).toMatchObject({
      "date.from": expect.any(Array),
      "date.to": expect.any(Array),
    });
    expect(errorsOf(withDate({ precision: "SOMETIME" }))["date.precision"]).toBeDefined();
  });
});

describe("inline speaker, event and source", () => {
  it("creates a speaker with an optional role, using the speaker schema's messages", () => {
    const data = parsed({
      ...valid,
      "speaker.id": "new",
      "speaker.new.name": "Kaja Kallas",
      "speaker.new.role.title": "High Representative",
      "speaker.new.role.startDate": "2024-12-01",
    });
    expect(data.speaker).toMatchObject({
      kind: "new",
      person: { name: "Kaja Kallas", roles: [{ title: "High Representative", startDate: "2024-12-01" }] },
    });
    const errors = errorsOf({
      ...valid,
      "speaker.id": "new",
      "speaker.new.name": "",
      "speaker.new.role.title": "Minister",
      "speaker.new.role.startDate": "2024-05-01",
      "speaker.new.role.endDate": "2024-01-01",
    });
    expect(errors["speaker.new.name"]).toBeDefined();
    expect(errors["speaker.new.role.endDate"]?.[0]).toMatch(/before the start/);
  });

  it("treats a typed name with no choice as a new speaker", () => {
    expect(parsed({ ...valid, "speaker.id": "", "speaker.new.name": "New Person" }).speaker).toMatchObject({ kind: "new" });
  });

  it("creates an event, or none when left blank", () => {
    expect(parsed({ ...valid, "event.id": "new", "event.new.name": "NATO summit", "event.new.kind": "SUMMIT" }).event).toMatchObject({
      kind: "new",
      event: { name: "NATO summit", kind: "SUMMIT" },
    });
    expect(parsed({ ...valid, "event.id": "12" }).event).toEqual({ kind: "existing", id: 12 });
    expect(errorsOf({ ...valid, "event.id": "new" })["event.new.name"]).toBeDefined();
  });

  it("creates sources with URL checks and keeps each message at its row", () => {
    const data = parsed({
      ...valid,
      "sources.1.id": "new",
      "sources.1.new.title": "Press conference transcript",
      "sources.1.new.url": "https://example.org/a?utm_source=x",
      "sources.1.new.kind": "OFFICIAL_TRANSCRIPT",
      "sources.1.new.snapshotText": "Full text",
    });
    expect(data.sources[1]).toMatchObject({
      key: "1",
      kind: "new",
      source: {
        title: "Press conference transcript",
        url: "https://example.org/a",
        kind: "OFFICIAL_TRANSCRIPT",
        snapshotText: "Full text",
      },
    });
    const errors = errorsOf({ ...valid, "sources.4.id": "new", "sources.4.new.title": "", "sources.4.new.url": "ftp://example.org" });
    expect(errors["sources.4.new.url"]).toBeDefined();
    expect(errors["sources.4.new.title"]).toBeDefined();
    expect(errorsOf({ ...valid, "sources.3.id": "7" })["sources.3.id"]).toEqual(["This source is already listed above."]);
  });
});

describe("topics and claims", () => {
  it("requires a stance for each topic, one row per topic, and keeps slots", () => {
    const errors = errorsOf({
      ...valid,
      "topics.5.topicId": "9",
      "topics.5.stance": "",
      "topics.7.topicId": "2",
      "topics.7.stance": "AGAINST",
    });
    expect(errors["topics.5.stance"]).toEqual(["Choose the stance taken on this topic."]);
    expect(errorsOf({ ...valid, "topics.7.topicId": "2", "topics.7.stance": "AGAINST" })["topics.7.topicId"]?.[0]).toMatch(
      /already listed/,
    );
    expect(errorsOf({ ...valid, "topics.2.stance": "FOR" })["topics.2.topicId"]).toEqual(["Choose a topic."]);
  });

  it("parses claims with numbers as typed, and checks evidence addresses", () => {
    const data = parsed({
      ...valid,
      "claims.0.text": "Allies spent 2% of GDP",
      "claims.0.kind": "NUMERIC",
      "claims.0.value": "1,500.5",
      "claims.0.unit": "billion EUR",
      "claims.0.status": "SUPPORTED",
      "claims.0.evidenceUrl": "https://nato.int/report",
      "claims.3.text": "Second",
      "claims.3.kind": "PREDICTION",
      "claims.3.status": "UNVERIFIED",
      "claims.3.id": "44",
    });
    expect(data.claims).toEqual([
      {
        key: "0",
        id: null,
        text: "Allies spent 2% of GDP",
        kind: "NUMERIC",
        value: 1500.5,
        unit: "billion EUR",
        status: "SUPPORTED",
        note: "",
        evidenceUrl: "https://nato.int/report",
      },
      { key: "3", id: 44, text: "Second", kind: "PREDICTION", value: null, unit: null, status: "UNVERIFIED", note: "", evidenceUrl: null },
    ]);
    const errors = errorsOf({
      ...valid,
      "claims.1.text": "",
      "claims.1.value": "lots",
      "claims.1.evidenceUrl": "javascript:alert(1)",
      "claims.1.kind": "",
      "claims.1.status": "UNVERIFIED",
    });
    expect(Object.keys(errors).sort()).toEqual(["claims.1.evidenceUrl", "claims.1.kind", "claims.1.text", "claims.1.value"]);
  });

  it("caps the number of rows", () => {
    const many: FormValues = { ...valid };
    for (let slot = 0; slot < 31; slot++)
      Object.assign(many, {
        [`claims.${slot}.text`]: `c${slot}`,
        [`claims.${slot}.kind`]: "FACTUAL",
        [`claims.${slot}.status`]: "UNVERIFIED",
      });
    expect(errorsOf(many)["claims"]).toEqual(["List at most 30 claims."]);
  });
});

describe("update variant", () => {
  it("needs the version the form was opened at", () => {
    expect(errorsOf(valid, "update")["version"]).toBeDefined();
    const result = parseStatementForm({ ...valid, version: "4", confirmDuplicate: "on" }, "update");
    expect(result.success && result.data.version).toBe(4);
    expect(result.success && result.data.confirmDuplicate).toBe(true);
  });

  it("round-trips a saved statement through its form values", () => {
    const values = statementFormValues({
      speakerId: 3,
      date: { start: "2024-05-01", end: "2024-08-31", precision: "APPROXIMATE" },
      eventId: 5,
      kind: "PARAPHRASE",
      text: "Said something",
      context: "Notes",
      language: "fr",
      status: "DRAFT",
      version: 2,
      sources: [{ id: 7 }, { id: 8 }],
      topics: [{ topicId: 2, stance: "AGAINST", hedging: "HEDGED", shiftNote: "Changed mind" }],
      claims: [{ id: 9, text: "A claim", kind: "NUMERIC", value: 12, unit: "%", status: "DISPUTED", note: "", evidenceUrl: null }],
      relations: [{ toId: 41, type: "WALKS_BACK", note: "Softened" }],
    });
    expect(rowSlots(values, "sources")).toEqual([0, 1]);
    expect(rowSlots(values, "relations")).toEqual([0]);
    const result = parseStatementForm(values, "update");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      date: { start: "2024-05-01", end: "2024-08-31", precision: "APPROXIMATE" },
      event: { kind: "existing", id: 5 },
      topics: [{ topicId: 2, stance: "AGAINST", hedging: "HEDGED", shiftNote: "Changed mind" }],
      claims: [{ id: 9, value: 12, unit: "%" }],
      relations: [{ key: "0", type: "WALKS_BACK", target: 41, note: "Softened" }],
      version: 2,
    });
  });
});

describe("links to other statements", () => {
  const linked = (rows: Record<string, string>): FormValues => ({ ...valid, ...rows });

  it("reads the other statement from a number, #number or permalink, and drops blank rows", () => {
    const data = parsed(
      linked({
        "relations.0.type": "WALKS_BACK",
        "relations.0.target": "https://tracker.example.org/statements/12",
        "relations.0.note": "  Softer a week later ",
        "relations.1.type": "REAFFIRMS",
        "relations.1.target": "",
        "relations.1.note": "",
        "relations.4.type": "RESPONDS_TO",
        "relations.4.target": "#7",
      }),
    );
    expect(data.relations).toEqual([
      { key: "0", type: "WALKS_BACK", target: 12, note: "Softer a week later" },
      { key: "4", type: "RESPONDS_TO", target: 7, note: "" },
    ]);
    // A form that sends no link rows at all parses to no links.
    expect(parsed(valid).relations).toEqual([]);
  });

  it("puts each problem at its row: missing or unreadable statement, unknown type, long note", () => {
    const errors = errorsOf(
      linked({
        "relations.0.type": "REAFFIRMS",
        "relations.0.target": "",
        "relations.0.note": "a note without a statement",
        "relations.1.type": "REAFFIRMS",
        "relations.1.target": "the speech in June",
        "relations.2.type": "ENDORSES",
        "relations.2.target": "5",
        "relations.3.type": "CLARIFIES",
        "relations.3.target": "5",
        "relations.3.note": "x".repeat(301),
      }),
    );
    expect(errors["relations.0.target"]).toEqual(["Choose the statement this one relates to."]);
    expect(errors["relations.1.target"]).toEqual([
      "Enter the other statement's number (e.g. 42) or its permalink, or pick it from the search.",
    ]);
    expect(errors["relations.2.type"]).toEqual(["Choose how this statement relates to the other one."]);
    expect(errors["relations.3.note"]).toEqual(["Keep the note under 300 characters."]);
  });

  it("refuses the same link twice, however the statement was named, at the second row", () => {
    const errors = errorsOf(
      linked({
        "relations.5.type": "CLARIFIES",
        "relations.5.target": "/statements/8",
        "relations.6.type": "CLARIFIES",
        "relations.6.target": "8",
      }),
    );
    expect(errors["relations.5.target"]).toBeUndefined();
    expect(errors["relations.6.target"]).toEqual(["This link is already listed above with the same type."]);
  });

  it("allows two links of different types to the same statement", () => {
    const data = parsed(
      linked({
        "relations.0.type": "RESPONDS_TO",
        "relations.0.target": "5",
        "relations.1.type": "CONTRADICTS",
        "relations.1.target": "5",
      }),
    );
    expect(data.relations).toHaveLength(2);
  });

  it("refuses a link to the statement itself on an edit, at the row", () => {
    const values = linked({ id: "12", version: "3", "relations.2.type": "CLARIFIES", "relations.2.target": "/statements/12" });
    expect(errorsOf(values, "update")["relations.2.target"]).toEqual(["A statement cannot be linked to itself: choose another statement."]);
    const ok = parseStatementForm({ ...values, "relations.2.target": "13" }, "update");
    expect(ok.success && ok.data.relations).toEqual([{ key: "2", type: "CLARIFIES", target: 13, note: "" }]);
    expect(ok.success && "id" in ok.data).toBe(false);
  });
});
