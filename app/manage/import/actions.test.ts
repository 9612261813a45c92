// The import assistant's action against a real database. Security boundary: the action is a
// public POST endpoint, so without a valid staff session every intent is refused and nothing is
// stored. Integrity: reading and reviewing store nothing; a save stores the source and all the
// accepted statements with their anchors in one transaction, or nothing at all; the snapshot the
// offsets refer to must come back unchanged.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState, type FormState, type FormValues } from "@/lib/forms/state";
import { snapshotSha256 } from "@/lib/import/hash";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { importAction } from "./actions";
import type { ReviewModel } from "./model";

const ARTICLE = [
  "NATO chief urges allies to do more",
  "",
  "NATO Secretary General Mark Rutte said on Tuesday that allies must step up their military aid to Ukraine.",
  "“We must do more than just keep Ukraine in the fight, and we must do it now,” Rutte said at a press conference in Brussels.",
  "He warned against what he called “defeatism” among some allies.",
  "“Every day, Ukrainians are killed and wounded by drones,” he added.",
].join("\n");

let rutte: number;
let aid: number;
let run = 0;

beforeAll(async () => {
  rutte = (await db.person.create({ data: { slug: "mark-rutte", name: "Mark Rutte", aliases: { create: [{ alias: "Rutte" }] } } })).id;
  aid = (
    await db.topic.create({
      data: {
        slug: "military-aid-to-ukraine",
        name: "Military aid to Ukraine",
        description: "Weapons, ammunition and military support for Ukraine",
        proposition: "Allies should give Ukraine more military aid",
      },
    })
  ).id;
});

beforeEach(() => signOut());

function form(fields: FormValues, files: Record<string, File> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  for (const [name, file] of Object.entries(files)) data.append(name, file);
  return data;
}

const source = (overrides: Record<string, string> = {}) => ({
  intent: "extract",
  "source.title": `Rutte in Brussels ${++run}`,
  "source.url": `https://news.example/rutte-${run}`,
  "source.outlet": "Example News",
  "source.kind": "NEWS_ARTICLE",
  // Days of their own per import, ten apart, so that statements saved by one test are neither
  // duplicates nor likely renderings (same words within a week) of another's.
  "source.publishedOn": new Date(Date.UTC(2023, 0, run * 10)).toISOString().slice(0, 10),
  "event.id": "",
  ...overrides,
});

const counts = async () => ({
  sources: await db.source.count(),
  statements: await db.statement.count(),
  links: await db.statementSource.count(),
  people: await db.person.count(),
  revisions: await db.revision.count(),
});

const reviewOf = (state: FormState) => state.detail?.review as ReviewModel;

/** The review form as the browser sends it back: its values, the snapshot and its fingerprint. */
function reviewForm(state: FormState, intent: "save" | "accept-high", changes: FormValues = {}): FormData {
  const review = reviewOf(state);
  const fields: FormValues = {
    ...state.values,
    snapshot: review.snapshot,
    sha256: review.sha256,
    format: review.format,
    intent,
    ...changes,
  };
  for (const [name, value] of Object.entries(changes)) if (value === "") delete fields[name];
  return form(fields);
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2]!;
}

async function extracted(text = ARTICLE, overrides: Record<string, string> = {}): Promise<FormState> {
  const state = await importAction(initialFormState, form({ ...source(overrides), text }));
  expect(state.ok, state.message).toBe(true);
  return state;
}

describe("refused callers", () => {
  it("refuses an anonymous request at every step and stores nothing", async () => {
    await signInAs("ANALYST");
    const review = await extracted();
    signOut();
    const before = await counts();
    for (const state of [
      await importAction(initialFormState, form({ ...source(), text: ARTICLE })),
      await importAction(initialFormState, reviewForm(review, "accept-high")),
      await importAction(initialFormState, reviewForm(review, "save", { status: "PUBLISHED" })),
    ]) {
      expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
      expect(state.detail).toBeUndefined();
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a disabled account's session", async () => {
    await signInAs("ANALYST");
    const review = await extracted();
    await signInAs("ANALYST", { disabled: true });
    const before = await counts();
    expect(await importAction(initialFormState, reviewForm(review, "save"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not signed in/),
    });
    expect(await counts()).toEqual(before);
  });
});

describe("bringing a text in", () => {
  it("proposes candidates in document order with their context, and stores nothing", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const state = await extracted();
    expect(await counts()).toEqual(before);
    const review = reviewOf(state);
    expect(review.sha256).toBe(snapshotSha256(review.snapshot));
    expect(review.snapshot).toBe(ARTICLE);
    const quotes = review.candidates.filter((c) => c.kind === "QUOTE");
    expect(quotes.map((c) => c.text)).toEqual(
      [
        "We must do more than just keep Ukraine in the fight, and we must do it now,",
        "Every day, Ukrainians are killed and wounded by drones,",
      ].map((t) => t.replace(/,$/, "")),
    );
    expect(review.candidates.map((c) => c.start)).toEqual([...review.candidates.map((c) => c.start)].sort((a, b) => a - b));
    const first = quotes[0]!;
    expect(first.before).toMatch(/“$/);
    expect(first.after).toMatch(/^,” Rutte said/);
    expect(first.pieces).toEqual([{ text: first.text, quoted: true }]);
    // The scare-quoted word is no candidate.
    expect(review.candidates.some((c) => c.text === "defeatism")).toBe(false);

    const values = state.values!;
    const at = (field: string) => values[`c.${first.index}.${field}`];
    expect(at("accept")).toBe("on");
    expect(at("speaker.id")).toBe(String(rutte));
    expect([at("date.precision"), at("date.day")]).toEqual(["DAY", values["source.publishedOn"]]);
    // Topics are suggested with the words that matched, and none is chosen for the analyst.
    const paraphrase = review.candidates.find((c) => c.kind === "PARAPHRASE")!;
    expect(paraphrase.suggestedTopics).toContainEqual({
      id: String(aid),
      name: expect.any(String),
      matched: expect.arrayContaining([expect.any(String)]),
    });
    for (const candidate of review.candidates) {
      for (const topic of candidate.suggestedTopics) expect(topic.matched.length).toBeGreaterThan(0);
      expect(Object.entries(values).filter(([name, value]) => name.startsWith(`c.${candidate.index}.topics.`) && value !== "")).toEqual([]);
    }
    expect(values[`c.${paraphrase.index}.topics.0.topicId`]).toBe("");
    expect(values.text).toBeUndefined();
  });

  it("takes the chosen event's date as the default date", async () => {
    await signInAs("ANALYST");
    const event = await db.event.create({ data: { name: "Press conference", date: "2024-11-11" } });
    const state = await extracted(ARTICLE, { "event.id": String(event.id) });
    const first = reviewOf(state).candidates[0]!;
    expect(state.values![`c.${first.index}.date.day`]).toBe("2024-11-11");
    expect(state.values![`c.${first.index}.event.id`]).toBe(String(event.id));
  });

  it("keeps what was typed and says what is wrong at each field", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const fields = { ...source({ "source.title": "", "source.url": "not an address", "source.publishedOn": "2999-01-01" }), text: "  \n " };
    const state = await importAction(initialFormState, form(fields));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["source.publishedOn", "source.title", "source.url", "text"]);
    expect(state.values).toMatchObject({ "source.url": "not an address", "source.publishedOn": "2999-01-01", text: "  \n " });
    expect(await counts()).toEqual(before);
  });

  it("refuses a binary file, a file over 2 MB and both a paste and a file, with clear messages", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0, 1, 2])], "report.txt");
    const binary = await importAction(initialFormState, form(source(), { file: pdf }));
    expect(binary.fieldErrors?.file?.[0]).toMatch(/“report.txt” looks like a PDF document, not text/);
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 10).fill(97)], "big.txt");
    expect((await importAction(initialFormState, form(source(), { file: big }))).fieldErrors?.file?.[0]).toBe(
      "The file “big.txt” is 2.0 MB; the limit is 2.0 MB.",
    );
    const both = await importAction(initialFormState, form({ ...source(), text: ARTICLE }, { file: new File(["x"], "a.txt") }));
    expect(both.fieldErrors?.file?.[0]).toMatch(/not both/);
    expect(both.values?.text).toBe(ARTICLE);
    const exe = await importAction(initialFormState, form(source(), { file: new File(["MZ"], "tool.exe") }));
    expect(exe.fieldErrors?.file?.[0]).toMatch(/not a .txt, .md or .html file/);
    expect(await counts()).toEqual(before);
  });

  it("reads an HTML file as its text, whatever its markup", async () => {
    await signInAs("ANALYST");
    const html = `<html><head><title>x</title><script>var q = "“not a quote at all,” he said";</script></head><body><nav>Home</nav>
      <h1>NATO chief</h1><p>&ldquo;We will defend every inch of allied territory,&rdquo; Rutte said.<p>Unclosed <b>tags`;
    const state = await importAction(initialFormState, form(source(), { file: new File([html], "page.html") }));
    const review = reviewOf(state);
    expect(review.format).toBe("html");
    expect(review.snapshot).toBe("NATO chief\n\n“We will defend every inch of allied territory,” Rutte said.\n\nUnclosed tags");
    expect(review.candidates[0]).toMatchObject({ kind: "QUOTE", text: "We will defend every inch of allied territory" });
  });

  it("lists at most 200 candidates of a very long transcript, and says so", async () => {
    await signInAs("ANALYST");
    const turns = Array.from(
      { length: 230 },
      (_, i) => `Mark Rutte: Allies must keep supporting Ukraine, point number ${i + 1} of many.`,
    ).join("\n\n");
    const review = reviewOf(await extracted(turns));
    expect(review.candidates).toHaveLength(200);
    expect(review.warnings.join(" ")).toMatch(/the first 200 are shown/);
  });

  it("says clearly when a text has no statements", async () => {
    await signInAs("ANALYST");
    const state = await extracted("The weather in Brussels was mild on Tuesday.\nTraffic was light.");
    expect(reviewOf(state).candidates).toEqual([]);
    expect(state.message).toMatch(/Nothing found/);
  });
});

describe("reviewing and saving", () => {
  it("ticks every high-confidence candidate on request, keeping the other choices", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const review = reviewOf(state);
    const unticked = Object.fromEntries(review.candidates.map((c) => [`c.${c.index}.accept`, ""]));
    const first = review.candidates.find((c) => c.kind === "QUOTE")!;
    const next = await importAction(
      initialFormState,
      reviewForm(state, "accept-high", { ...unticked, [`c.${first.index}.text`]: "Edited words" }),
    );
    expect(next.ok).toBe(true);
    for (const candidate of reviewOf(next).candidates)
      expect(next.values![`c.${candidate.index}.accept`]).toBe(candidate.proposed ? "on" : undefined);
    expect(reviewOf(next).candidates.filter((c) => c.proposed).length).toBeGreaterThanOrEqual(2);
    expect(next.values![`c.${first.index}.text`]).toBe("Edited words");
    expect(next.values!.snapshot).toBeUndefined();
  });

  it("saves the source with its snapshot and the accepted statements with anchors, in one go", async () => {
    const analyst = await signInAs("ANALYST");
    const state = await extracted();
    const review = reviewOf(state);
    const quotes = review.candidates.filter((c) => c.kind === "QUOTE");
    const onlyQuotes = Object.fromEntries(review.candidates.map((c) => [`c.${c.index}.accept`, c.kind === "QUOTE" ? "on" : ""]));
    const before = await counts();
    revalidated.length = 0;
    const path = await redirectOf(importAction(initialFormState, reviewForm(state, "save", { ...onlyQuotes, status: "PUBLISHED" })));
    const match = path.match(/^\/manage\/import\/saved\?source=(\d+)&count=2$/);
    expect(match, path).not.toBeNull();
    expect(revalidated).toContain("/");

    const saved = await db.source.findUniqueOrThrow({
      where: { id: Number(match![1]) },
      include: { statements: { include: { statement: true }, orderBy: { quoteStart: "asc" } } },
    });
    const day = state.values!["source.publishedOn"];
    expect(saved).toMatchObject({
      title: state.values!["source.title"],
      outlet: "Example News",
      publishedOn: day,
      snapshotText: ARTICLE,
      snapshotSha256: snapshotSha256(ARTICLE),
    });
    expect(saved.statements).toHaveLength(2);
    saved.statements.forEach((link, i) => {
      const quote = quotes[i]!;
      expect(link).toMatchObject({
        quoteStart: quote.start,
        quoteEnd: quote.end,
        anchorExact: ARTICLE.slice(quote.start, quote.end),
        anchorPrefix: ARTICLE.slice(Math.max(0, quote.start - 32), quote.start),
      });
      expect(link.anchorSuffix).toBe(ARTICLE.slice(quote.end, quote.end + 32));
      expect(link.statement).toMatchObject({
        speakerId: rutte,
        kind: "QUOTE",
        status: "PUBLISHED",
        dateStart: day,
        datePrecision: "DAY",
        createdById: analyst.id,
        text: quote.text,
      });
    });
    expect(await counts()).toEqual({
      ...before,
      sources: before.sources + 1,
      statements: before.statements + 2,
      links: before.links + 2,
      revisions: before.revisions + 3,
    });
  });

  it("refuses a snapshot that came back changed, and stores nothing", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const before = await counts();
    const tampered = reviewForm(state, "save");
    tampered.set("snapshot", ARTICLE.replace("drones", "tanks"));
    const refused = await importAction(initialFormState, tampered);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/came back changed/) });
    expect(refused.values?.["source.title"]).toBe(state.values!["source.title"]);
    // A forged fingerprint of another length or form is refused too.
    const forged = reviewForm(state, "save");
    forged.set("sha256", "nonsense");
    expect(await importAction(initialFormState, forged)).toMatchObject({ ok: false, message: expect.stringMatching(/came back changed/) });
    expect(await counts()).toEqual(before);
  });

  it("accepts line breaks the browser turned into CRLF", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const data = reviewForm(state, "save");
    data.set("snapshot", ARTICLE.replace(/\n/g, "\r\n"));
    expect(await redirectOf(importAction(initialFormState, data))).toMatch(/^\/manage\/import\/saved\?/);
  });

  it("stores nothing when one accepted candidate is refused midway, and says which", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const quotes = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
    const before = await counts();
    const last = quotes[quotes.length - 1]!;
    const refused = await importAction(
      initialFormState,
      reviewForm(state, "save", {
        [`c.${quotes[0]!.index}.speaker.id`]: "new",
        [`c.${quotes[0]!.index}.speaker.new.name`]: "A New Person",
        [`c.${last.index}.topics.0.topicId`]: "999999",
        [`c.${last.index}.topics.0.stance`]: "FOR",
      }),
    );
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toEqual({ [`c.${last.index}.topics.0.topicId`]: [expect.stringMatching(/no longer exists/)] });
    expect(reviewOf(refused).candidates.length).toBeGreaterThan(0);
    expect(refused.values![`c.${last.index}.topics.0.topicId`]).toBe("999999");
    // The source, the new speaker and the first statement were written before the refusal: all rolled back.
    expect(await counts()).toEqual(before);
  });

  it("saves a candidate whose topic was cleared to “No topic”, its stance left behind dropped with it", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const [quote] = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
    const only = Object.fromEntries(reviewOf(state).candidates.map((c) => [`c.${c.index}.accept`, c.index === quote!.index ? "on" : ""]));
    const before = await counts();
    const path = await redirectOf(
      importAction(
        initialFormState,
        reviewForm(state, "save", { ...only, [`c.${quote!.index}.topics.0.topicId`]: "", [`c.${quote!.index}.topics.0.stance`]: "FOR" }),
      ),
    );
    expect(path).toMatch(/count=1$/);
    expect(await counts()).toMatchObject({ statements: before.statements + 1 });
    const saved = await db.statement.findFirstOrThrow({
      where: { text: quote!.text },
      orderBy: { id: "desc" },
      include: { stances: true },
    });
    expect(saved.stances).toEqual([]);
  });

  it("refuses a stance that shifts from the speaker's earlier one until a note explains it, and says which candidate and topic", async () => {
    await signInAs("ANALYST");
    const pick = async (stance: string, publishedOn: string, changes: FormValues = {}) => {
      const state = await extracted(ARTICLE, { "source.publishedOn": publishedOn });
      const [quote] = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
      const only = Object.fromEntries(reviewOf(state).candidates.map((c) => [`c.${c.index}.accept`, c.index === quote!.index ? "on" : ""]));
      const fields = {
        ...only,
        [`c.${quote!.index}.speaker.id`]: String(rutte),
        [`c.${quote!.index}.topics.0.topicId`]: String(aid),
        [`c.${quote!.index}.topics.0.stance`]: stance,
        ...changes,
      };
      return { state, quote: quote!, fields };
    };
    // Shifts are measured from the speaker's published statements.
    const first = await pick("FOR", "2021-02-01", { status: "PUBLISHED" });
    await redirectOf(importAction(initialFormState, reviewForm(first.state, "save", first.fields)));

    const later = await pick("AGAINST", "2021-03-01");
    const before = await counts();
    const refused = await importAction(initialFormState, reviewForm(later.state, "save", later.fields));
    expect(refused.ok).toBe(false);
    const field = `c.${later.quote.index}`;
    expect(Object.keys(refused.fieldErrors ?? {}).some((name) => name.startsWith(field))).toBe(true);
    // The review marks the candidate and the topic row the shift concerns (its note is what the summary links to).
    expect(reviewOf(refused).shifts[String(later.quote.index)]).toEqual([
      expect.objectContaining({ key: "0", message: expect.stringMatching(/\S/), statementId: expect.any(Number) }),
    ]);
    expect(await counts()).toEqual(before);

    // With the notice seen and a note saying why, the same stance is saved.
    const [shift] = reviewOf(refused).shifts[String(later.quote.index)]!;
    const explained = await pick("AGAINST", "2021-03-01", {
      [`c.${later.quote.index}.topics.0.shiftSeen`]: shift!.signature,
      [`c.${later.quote.index}.topics.0.shiftNote`]: "He changed his mind after the summit.",
    });
    expect(await redirectOf(importAction(initialFormState, reviewForm(explained.state, "save", explained.fields)))).toMatch(/count=1$/);
  });

  it("returns every invalid field of every accepted candidate at once", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const [a, b] = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
    const refused = await importAction(
      initialFormState,
      reviewForm(state, "save", {
        [`c.${a!.index}.text`]: " ",
        [`c.${b!.index}.speaker.id`]: "",
        [`c.${b!.index}.date.day`]: "2999-12-31",
        "source.title": "",
      }),
    );
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(
      [`c.${a!.index}.text`, `c.${b!.index}.date.day`, `c.${b!.index}.speaker.id`, "source.title"].sort(),
    );
  });

  it("creates a new speaker named on several candidates once, and refuses one already listed", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const [a, b] = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
    const asNew = (name: string) => ({
      [`c.${a!.index}.speaker.id`]: "new",
      [`c.${a!.index}.speaker.new.name`]: name,
      [`c.${b!.index}.speaker.id`]: "new",
      [`c.${b!.index}.speaker.new.name`]: name,
    });
    const known = await importAction(initialFormState, reviewForm(state, "save", asNew("Mark Rutte")));
    expect(known.fieldErrors?.[`c.${a!.index}.speaker.new.name`]?.[0]).toMatch(/already in the list/);
    await redirectOf(importAction(initialFormState, reviewForm(state, "save", asNew("Jens Example"))));
    expect(await db.person.count({ where: { name: "Jens Example" } })).toBe(1);
  });

  it("flags duplicates of saved statements, and saves one only with the explicit confirmation", async () => {
    await signInAs("ANALYST");
    const first = await extracted(ARTICLE, { "source.publishedOn": "2024-10-01" });
    await redirectOf(importAction(initialFormState, reviewForm(first, "save")));

    const again = await extracted(ARTICLE, { "source.publishedOn": "2024-10-01" });
    const flagged = reviewOf(again).candidates.filter((c) => c.duplicateOf);
    expect(flagged.length).toBeGreaterThan(0);
    const dup = flagged[0]!;
    expect(dup.duplicateOf).toMatchObject({ status: "DRAFT" });
    expect(again.values![`c.${dup.index}.accept`]).toBeUndefined();

    const before = await counts();
    const refused = await importAction(initialFormState, reviewForm(again, "save", { [`c.${dup.index}.accept`]: "on" }));
    expect(refused.fieldErrors?.[`c.${dup.index}.confirmDuplicate`]?.[0]).toMatch(/same speaker, date and text/);
    expect(reviewOf(refused).candidates.find((c) => c.index === dup.index)?.duplicateOf).toMatchObject({ id: dup.duplicateOf!.id });
    expect(await counts()).toEqual(before);
    await redirectOf(
      importAction(
        initialFormState,
        reviewForm(again, "save", { [`c.${dup.index}.accept`]: "on", [`c.${dup.index}.confirmDuplicate`]: "on" }),
      ),
    );
  });

  it("flags two candidates of one import with the same words as duplicates of each other", async () => {
    await signInAs("ANALYST");
    const state = await extracted();
    const [a, b] = reviewOf(state).candidates.filter((c) => c.kind === "QUOTE");
    const refused = await importAction(initialFormState, reviewForm(state, "save", { [`c.${b!.index}.text`]: a!.text }));
    expect(reviewOf(refused).candidates.find((c) => c.index === b!.index)?.duplicateOf).toMatchObject({ candidate: a!.index });
  });

  it("links to an existing source found by its address, storing the text it lacked", async () => {
    await signInAs("ANALYST");
    const existing = await db.source.create({ data: { title: "Already here", url: "https://news.example/already" } });
    const state = await extracted(ARTICLE, { "source.url": "https://news.example/already/?utm_source=x" });
    expect(reviewOf(state).existingSource).toEqual({ id: existing.id, title: "Already here", snapshot: "empty" });
    expect(state.values!["source.use"]).toBe("existing");
    const before = await counts();
    const path = await redirectOf(importAction(initialFormState, reviewForm(state, "save")));
    expect(path).toContain(`source=${existing.id}&`);
    expect(await db.source.count()).toBe(before.sources);
    expect(await db.source.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ snapshotText: ARTICLE, version: 2 });

    // A source that keeps another version of the text: the quotes are anchored where they are in it.
    const other = await db.source.create({
      data: { title: "Earlier copy", url: "https://news.example/earlier", snapshotText: `Updated at 10:00.\n\n${ARTICLE}` },
    });
    const relinked = await extracted(ARTICLE, { "source.url": "https://news.example/earlier" });
    expect(reviewOf(relinked).existingSource).toMatchObject({ id: other.id, snapshot: "different" });
    const quote = reviewOf(relinked).candidates.find((c) => c.kind === "QUOTE")!;
    const only = Object.fromEntries(reviewOf(relinked).candidates.map((c) => [`c.${c.index}.accept`, c === quote ? "on" : ""]));
    await redirectOf(importAction(initialFormState, reviewForm(relinked, "save", only)));
    const link = await db.statementSource.findFirstOrThrow({ where: { sourceId: other.id } });
    expect(link).toMatchObject({ quoteStart: quote.start + 19, quoteEnd: quote.end + 19, anchorExact: quote.text });
    expect((await db.source.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);

    // Choosing a new source with the same address is refused at the address.
    const again = await extracted(ARTICLE, { "source.url": "https://news.example/already" });
    expect(reviewOf(again).existingSource?.snapshot).toBe("same");
    const refused = await importAction(initialFormState, reviewForm(again, "save", { "source.use": "new" }));
    expect(refused.fieldErrors?.["source.url"]?.[0]).toMatch(/already exists/);
  });

  it("keeps a fetched page's fetch time, fingerprint and author note with the new source, and refuses forged ones at their field", async () => {
    await signInAs("ANALYST");
    const fetchedAt = "2025-03-04T05:06:07.000Z";
    const fetchedSha256 = "a".repeat(64);
    const fetched = {
      "source.fetchedAt": fetchedAt,
      "source.fetchedSha256": fetchedSha256,
      "source.retrievedOn": "2025-03-04",
      "source.notes": "By Anna Berg",
    };
    const state = await extracted(ARTICLE, { ...fetched, "source.publishedOn": "2025-03-03" });
    expect(state.values).toMatchObject(fetched);
    const path = await redirectOf(importAction(initialFormState, reviewForm(state, "save")));
    const id = Number(/source=(\d+)/.exec(path)![1]);
    expect(await db.source.findUniqueOrThrow({ where: { id } })).toMatchObject({
      fetchedAt: new Date(fetchedAt),
      fetchedSha256,
      retrievedOn: "2025-03-04",
      notes: "By Anna Berg",
      snapshotSha256: snapshotSha256(ARTICLE),
    });

    const before = await counts();
    const forged = await importAction(
      initialFormState,
      reviewForm(await extracted(), "save", { "source.fetchedAt": "yesterday", "source.fetchedSha256": "x" }),
    );
    expect(forged.ok).toBe(false);
    expect(Object.keys(forged.fieldErrors ?? {})).toEqual(expect.arrayContaining(["source.fetchedAt", "source.fetchedSha256"]));
    expect(await counts()).toEqual(before);
  });

  it("proposes the numbers in a candidate as claims and saves the ticked ones as numeric, unverified claims", async () => {
    await signInAs("ANALYST");
    const text = "“Drone attacks saw a 400% increase, and we are sending two additional Patriot systems,” Rutte said in Brussels.";
    const state = await extracted(text);
    const [quote] = reviewOf(state).candidates;
    expect(quote!.claims.map((c) => c.measure)).toEqual(["percentage", "count"]);
    const at = (field: string) => `c.${quote!.index}.${field}`;
    expect([at("claims.0.include"), at("claims.0.value"), at("claims.0.unit")].map((name) => state.values![name])).toEqual([
      "on",
      "400",
      "%",
    ]);
    const before = await db.claim.count();

    // A value that is no number is refused at its field, keeping what was typed.
    const refused = await importAction(
      initialFormState,
      reviewForm(state, "save", { [at("accept")]: "on", [at("claims.0.value")]: "lots" }),
    );
    expect(refused.fieldErrors?.[at("claims.0.value")]?.[0]).toMatch(/Enter a number/);
    expect(refused.values?.[at("claims.0.value")]).toBe("lots");
    expect(await db.claim.count()).toBe(before);

    // The unticked claim is left out; the ticked one keeps its edited text.
    const path = await redirectOf(
      importAction(
        initialFormState,
        reviewForm(state, "save", {
          [at("accept")]: "on",
          [at("claims.0.text")]: "a 400% increase in drone attacks",
          [at("claims.1.include")]: "",
        }),
      ),
    );
    const sourceId = Number(path.match(/source=(\d+)/)![1]);
    const statement = await db.statement.findFirstOrThrow({ where: { sources: { some: { sourceId } } }, include: { claims: true } });
    expect(statement.claims).toEqual([
      expect.objectContaining({ kind: "NUMERIC", status: "UNVERIFIED", text: "a 400% increase in drone attacks", value: 400, unit: "%" }),
    ]);
    expect(await db.claim.count()).toBe(before + 1);
  });
});

describe("links typed in the review", () => {
  it("are saved with the candidate's statement and in its history; one to no statement is refused at its field, nothing stored", async () => {
    await signInAs("ANALYST");
    const earlier = await db.statement.create({
      data: {
        speakerId: rutte,
        dateStart: "2020-01-10",
        dateEnd: "2020-01-10",
        dateSort: "2020-01-10",
        text: "The eastern flank is safe enough as it is.",
        status: "PUBLISHED",
      },
    });
    const text = ["Rutte on the flank", "", "“The eastern flank needs more troops this winter,” Rutte said in Tallinn."].join("\n");
    const state = await extracted(text);
    const [quote] = reviewOf(state).candidates;
    const field = (name: string) => `c.${quote!.index}.relations.0.${name}`;
    const linked = (target: string) => ({
      [`c.${quote!.index}.accept`]: "on",
      [field("type")]: "WALKS_BACK",
      [field("target")]: target,
      [field("note")]: "Troops after all.",
    });
    const before = await counts();
    const refused = await importAction(initialFormState, reviewForm(state, "save", linked("999999999")));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.[field("target")]).toEqual([expect.any(String)]);
    expect(refused.values?.[field("target")]).toBe("999999999");
    expect(await counts()).toEqual(before);

    expect(await redirectOf(importAction(initialFormState, reviewForm(state, "save", linked(`/statements/${earlier.id}`))))).toMatch(
      /count=1$/,
    );
    const link = await db.statementRelation.findFirstOrThrow({ where: { toId: earlier.id } });
    expect(link).toMatchObject({ type: "WALKS_BACK", note: "Troops after all." });
    expect(await db.statement.findUniqueOrThrow({ where: { id: link.fromId } })).toMatchObject({
      text: "The eastern flank needs more troops this winter",
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: link.fromId } });
    expect(JSON.stringify(JSON.parse(revision.changes))).toContain(`statement #${earlier.id}`);
  });
});

describe("words already recorded: another rendering of a statement", () => {
  it("offers the recorded statement with the difference, refuses one not offered, and attaches the source with its own anchor", async () => {
    const analyst = await signInAs("ANALYST");
    const recorded = await db.statement.create({
      data: {
        speakerId: rutte,
        dateStart: "2022-05-09",
        dateEnd: "2022-05-09",
        dateSort: "2022-05-09",
        text: "We must do more than just keep Ukraine in the fight, and we must do it soon.",
        status: "PUBLISHED",
      },
    });
    const state = await extracted(ARTICLE, { "source.publishedOn": "2022-05-10" });
    const review = reviewOf(state);
    const candidate = review.candidates.find((c) => c.text.includes("keep Ukraine in the fight"))!;
    expect(candidate.renderingOf).toEqual([
      expect.objectContaining({
        id: recorded.id,
        status: "PUBLISHED",
        changesMeaning: true,
        flags: ["Has “now” where the speaker said “soon”"],
      }),
    ]);
    expect(candidate.renderingOf[0]!.segments).toContainEqual({ op: "delete", text: expect.stringContaining("soon") });
    // Left for the analyst to choose: not ticked at first.
    expect(candidate.proposed).toBe(false);
    expect(review.candidates.filter((c) => c !== candidate).every((c) => c.renderingOf.length === 0)).toBe(true);

    const onlyThis = Object.fromEntries(review.candidates.map((c) => [`c.${c.index}.accept`, c === candidate ? "on" : ""]));
    const before = await counts();
    for (const wrong of ["999999", "not-a-number"]) {
      const refused = await importAction(
        initialFormState,
        reviewForm(state, "save", { ...onlyThis, [`c.${candidate.index}.renderingOf`]: wrong }),
      );
      expect(refused.ok).toBe(false);
      expect(refused.fieldErrors?.[`c.${candidate.index}.renderingOf`]).toEqual([
        expect.stringMatching(/Choose one of the statements offered/),
      ]);
      expect(refused.values?.[`c.${candidate.index}.renderingOf`]).toBe(wrong);
      expect(await counts()).toEqual(before);
    }

    // A topic typed for the candidate before choosing the rendering is not the statement's: the
    // statement keeps its own topics and stances, as the review says.
    const topic = await db.topic.findFirstOrThrow({ select: { id: true } });
    const path = await redirectOf(
      importAction(
        initialFormState,
        reviewForm(state, "save", {
          ...onlyThis,
          [`c.${candidate.index}.renderingOf`]: String(recorded.id),
          [`c.${candidate.index}.topics.0.topicId`]: String(topic.id),
          [`c.${candidate.index}.topics.0.stance`]: "AGAINST",
        }),
      ),
    );
    expect(path).toMatch(/^\/manage\/import\/saved\?source=\d+&count=1$/);
    const sourceId = Number(/source=(\d+)/.exec(path)![1]);
    const after = await counts();
    expect(after).toMatchObject({ statements: before.statements, sources: before.sources + 1, links: before.links + 1 });
    const link = await db.statementSource.findUniqueOrThrow({ where: { statementId_sourceId: { statementId: recorded.id, sourceId } } });
    expect(link).toMatchObject({
      rendering: candidate.text,
      quoteStart: candidate.start,
      quoteEnd: candidate.end,
      anchorExact: ARTICLE.slice(candidate.start, candidate.end),
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: recorded.id }, orderBy: { id: "desc" } });
    expect(revision).toMatchObject({ action: "UPDATE", actorId: analyst.id });
    expect(JSON.parse(revision.changes).sources.after).toEqual([expect.stringContaining(`worded: “${candidate.text}”`)]);
    expect(await db.statement.findUniqueOrThrow({ where: { id: recorded.id } })).toMatchObject({ text: recorded.text, version: 2 });
    expect(await db.stance.count({ where: { statementId: recorded.id } })).toBe(0);
  });
});
