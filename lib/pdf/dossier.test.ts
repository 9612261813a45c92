// The PDF dossier end to end on the demo data: built from a real test database, rendered in a
// worker thread, then read back as text the way a reader's tools do. The PDFs and a PNG of each
// first page go to reports/pdf/ for a person to look at.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { midpoint } from "@/lib/dates/precision";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { topicRecordLinks } from "@/lib/relations/queries";
import { stanceChartModel } from "@/lib/stances/chart-model";
import { positionHistory } from "@/lib/stances/positions";
import { stancePoints } from "@/lib/topics/positions";
import { buildTopicDossier } from "./build-dossier";
import { dossierTitle, type TopicDossier } from "./dossier";
import { dossierFileName } from "./export-response";
import { RenderPool, type RenderReply } from "./render-pool";
import { renderDossierOffThread, setPdfRenderPool } from "./renderer";
import { pdfText, saveWithPreview, squashWhitespace } from "./testing/pdf-text";
import { sourceWorkerSpawner } from "./testing/source-worker";

const REPORTS = path.join(process.cwd(), "reports", "pdf");
const BASE = "https://tracker.example.org";
const NOW = new Date("2026-03-14T10:32:00Z");
const SPECIAL_TEXT = "We met in Łódź and at the Élysée; as Zelenskyy put it, “Путин will not stop” — that’s why allies must spend more.";
let pool: RenderPool;

beforeAll(async () => {
  await seedDemoData(db, demoData);
  // A statement in the characters a Helvetica-only PDF would mangle.
  const [rutte, topic] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } }),
    db.topic.findUniqueOrThrow({ where: { slug: "defence-spending" } }),
  ]);
  const source = await db.source.create({
    data: {
      title: "Rutte in Łódź: “Europe must spend more”",
      outlet: "Gazeta Wyborcza",
      url: "https://example.org/2025/07/rutte-lodz",
      kind: "NEWS_ARTICLE",
      publishedOn: "2025-07-16",
    },
  });
  await db.statement.create({
    data: {
      speakerId: rutte.id,
      dateStart: "2025-07-15",
      dateEnd: "2025-07-15",
      datePrecision: "DAY",
      dateSort: midpoint("2025-07-15", "2025-07-15"),
      kind: "QUOTE",
      text: SPECIAL_TEXT,
      status: "PUBLISHED",
      sources: { create: [{ sourceId: source.id, position: 0, page: "3" }] },
      stances: { create: [{ topicId: topic.id, stance: "STRONGLY_FOR", hedging: "COMMITTED" }] },
      claims: {
        create: [{ position: 0, text: "Allies agreed to spend 5% of GDP on defence by 2035.", kind: "COMMITMENT", status: "SUPPORTED" }],
      },
    },
  });
  pool = new RenderPool({ spawn: await sourceWorkerSpawner() });
  setPdfRenderPool(pool);
});

afterAll(() => pool.close());

async function exportView(query: Record<string, string>, topic = "defence-spending") {
  const dossier = await buildTopicDossier(parseTimelineFilters(query), topic, { baseUrl: BASE, now: NOW });
  if (!dossier) throw new Error(`No topic ${topic}`);
  const { pdf, pages } = await renderDossierOffThread(dossier);
  const chrome = [`${dossierTitle(dossier)} Statement Tracker · generated ${dossier.generatedAt.slice(0, 10)}`];
  const text = await pdfText(pdf, chrome);
  return { dossier, pdf, pages, text };
}

/** Positions of each needle in the haystack, in order; -1 where one is missing or out of order. */
function positionsInOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at !== -1) from = at + needle.length;
    return at;
  });
}

describe("topic dossier PDF", () => {
  it("shows the heading, the position, every statement oldest first, the sources and page numbers", async () => {
    const { dossier, pdf, pages, text } = await exportView({ speaker: "mark-rutte" });
    await saveWithPreview(pdf, REPORTS, dossierFileName(dossier).replace(/\.pdf$/, ""));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    // A tagged PDF for screen readers: a structure tree with headings, marked content, a language.
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/S \/H1\b/);
    expect(raw).toMatch(/\/Lang \(en/);

    // Heading block: topic, proposition, speaker, filters in words, time, dataset version, link.
    for (const expected of [
      "TOPIC DOSSIER",
      "Defence spending",
      "“NATO allies should spend more on defence.”",
      "Statements by Mark Rutte",
      "None: every published statement by this speaker on the topic.",
      "14 March 2026 at 10:32 UTC",
      "No revisions recorded; latest edit",
      `${BASE}/topics/defence-spending?speaker=mark-rutte`,
    ]) {
      expect(text.body).toContain(expected);
    }
    // Position summary: current stance, since when, how many statements, the change.
    // The first Strongly for is a stake-out known only to lie between January and April 2025.
    expect(text.body).toMatch(/Now ● Strongly for since c\. early 2025 \(latest: 15 Jul 2025\)/);
    expect(text.body).toContain("For since Oct 2024; hardened to Strongly for c. early 2025; no reversal.");
    expect(text.body).toContain("14 statements on record on this topic on 9 occasions, 1 change of position.");
    expect(text.body).toMatch(/Changes of position c\. early 2025 Hardened: ● For → ● Strongly for/);

    // Every statement of the view with its date and text, oldest first, as the database orders them.
    const expectedIds = (
      await db.statement.findMany({
        where: {
          status: "PUBLISHED",
          deletedAt: null,
          speaker: { slug: "mark-rutte" },
          stances: { some: { topic: { slug: "defence-spending" } } },
        },
        orderBy: [{ dateSort: "asc" }, { dateStart: "asc" }, { id: "asc" }],
        select: { id: true },
      })
    ).map((s) => s.id);
    expect(dossier.statements.map((s) => s.id)).toEqual(expectedIds);
    const needles = dossier.statements.flatMap((s) => [
      s.dateLabel,
      squashWhitespace(s.kind === "QUOTE" ? `“${s.text}”` : s.text),
      s.permalink,
    ]);
    expect(positionsInOrder(text.body, needles).every((at) => at >= 0)).toBe(true);
    expect(text.body).toContain("Secretary General, NATO");
    expect(text.body).toContain("Press conference: Mark Rutte's first as NATO Secretary General, NATO Headquarters");
    expect(text.body).toMatch(/QUOTE.*PARAPHRASE|PARAPHRASE.*QUOTE/);
    expect(text.body).toContain("Strongly for (committed) · Hardened: For → Strongly for");
    expect(text.body).toContain("All allies should spend 5% of GDP on defence. — Supported");

    // Citations in the statements and the numbered list of sources, with their addresses.
    expect(dossier.sources.length).toBeGreaterThanOrEqual(5);
    const list = text.body.slice(text.body.lastIndexOf("Sources"));
    for (const source of dossier.sources) {
      expect(list).toContain(`[${source.number}] ${squashWhitespace(source.title)}`);
      if (source.url) expect(list.replace(/\s/g, "")).toContain(source.url);
    }
    expect(text.body).toContain(
      "[2] NATO, Joint doorstep by NATO Secretary General Jens Stoltenberg and NATO Secretary General Designate Mark Rutte, 1 Oct 2024.",
    );

    // Accented Latin, Cyrillic and typographic quotes come through as text.
    expect(text.body).toContain(squashWhitespace(`“${SPECIAL_TEXT}”`));
    for (const word of ["Łódź", "Élysée", "Путин", "Zelenskyy", "that’s"]) expect(text.body).toContain(word);
    expect(text.body).toContain("Gazeta Wyborcza, Rutte in Łódź: “Europe must spend more”, 16 Jul 2025, p. 3.");

    // "Page N of M" on every page, and the running header.
    expect(text.total).toBe(pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    text.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain("Defence spending — Mark Rutte");
    });
  });

  it("flags a source whose wording changes the meaning, with the differing words", async () => {
    const { dossier, pdf, text } = await exportView({ speaker: "mark-rutte" }, "russia-as-threat");
    await saveWithPreview(pdf, REPORTS, dossierFileName(dossier).replace(/\.pdf$/, ""));
    const flagged = dossier.statements.filter((s) => s.citations.some((c) => c.misreport));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.text).toContain("direct threat");
    expect(text.body).toContain("REPORTED");
    expect(text.body).toMatch(/\[\d+\] ⚠ Changes the meaning: Has “dark” where the speaker said “direct”\./);
    // The report's words against the speaker's: the differing words, a few around them, no more.
    expect(text.body).toMatch(
      /Worded “[^”]*significant and \[direct\] dark threat to our[^”]*…” \(bold: the source’s words; \[brackets\]: the speaker’s\)/,
    );
    // Sources that give the statement's own words carry no flag.
    expect(text.body.match(/Changes the meaning/g)).toHaveLength(1);
  });

  it("puts the filters in words and leaves out the statements they exclude", async () => {
    const { dossier, pdf, text } = await exportView({ speaker: "mark-rutte", kind: "paraphrase", from: "2024-10" });
    await saveWithPreview(pdf, REPORTS, "defence-spending_mark-rutte_paraphrases");
    expect(dossier.filters).toEqual(["From 2024-10-01", "Paraphrases only"]);
    expect(text.body).toContain("From 2024-10-01 · Paraphrases only");
    expect(text.body).toContain(`${BASE}/topics/defence-spending?speaker=mark-rutte&from=2024-10-01&kind=paraphrase`);
    expect(dossier.statements.length).toBe(4);
    expect(dossier.statements.every((s) => s.kind === "PARAPHRASE")).toBe(true);
    expect(text.body).toContain("Rutte welcomed the United Kingdom's new Strategic Defence Review");
    expect(text.body).not.toContain("boosting defence spending is essential");
    expect(text.body).not.toContain("Łódź and at the Élysée");
  });

  it("says so when no statement matches the view", async () => {
    const { dossier, pdf, pages, text } = await exportView({ speaker: "mark-rutte", from: "1990", to: "1990" });
    await saveWithPreview(pdf, REPORTS, "defence-spending_empty-view");
    expect(dossier.statements).toEqual([]);
    expect(text.pages[0]).toContain("IN THIS VIEW No statements match this view.");
    expect(text.body).toContain("From 1990-01-01 · Until 1990-12-31");
    // The position summary still covers the speaker's record; the statements section explains the gap.
    expect(text.body).toContain("Now ● Strongly for");
    expect(text.body).toMatch(
      /Statements in this view No statements match this view\. No published statement by this speaker on the topic matches all the filters above/,
    );
    expect(text.body).not.toContain("Sources [1]");
    expect(text.pages.at(-1)).toContain(`Page ${pages} of ${pages}`);
  });

  it("exports a topic nobody has spoken on yet", async () => {
    await db.topic.create({
      data: { slug: "quiet-topic", name: "A quiet topic", proposition: "Nobody has said anything about this yet." },
    });
    const { dossier, text } = await exportView({}, "quiet-topic");
    expect(dossier.speaker).toBeNull();
    expect(dossierFileName(dossier)).toBe("quiet-topic_no-speaker_2026-03-14.pdf");
    expect(text.body).toContain("No statements match this view.");
    expect(text.body).toContain("Nobody has a published statement on this topic yet.");
  });

  it("charts the same record as the topic page", async () => {
    const topic = (await db.topic.findUniqueOrThrow({ where: { slug: "defence-spending" } })).id;
    const dossier = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte", kind: "quote" }), "defence-spending", {
      baseUrl: BASE,
    }))!;
    const page = await stancePoints(topic, "mark-rutte");
    const links = await topicRecordLinks([...new Set(page.map((p) => p.statementId))]);
    expect(dossier.chart).toEqual(stanceChartModel(positionHistory(page), links.relations));
    expect(dossier.recordCount).toBe(new Set(page.map((p) => p.statementId)).size);
  });

  it("finds no dossier for an unknown topic", async () => {
    expect(await buildTopicDossier(parseTimelineFilters({}), "no-such-topic", { baseUrl: BASE })).toBeNull();
  });

  it("names the file after topic, speaker and day", async () => {
    const dossier = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte" }), "defence-spending", {
      baseUrl: BASE,
      now: NOW,
    }))!;
    expect(dossierFileName(dossier)).toBe("defence-spending_mark-rutte_2026-03-14.pdf");
  });

  it("renders a 1,000-statement dossier in a worker thread, not on the request thread", async () => {
    const base = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte" }), "defence-spending", {
      baseUrl: BASE,
      now: NOW,
    }))!;
    const statements = Array.from({ length: 1000 }, (_, i) => ({ ...base.statements[i % base.statements.length]!, id: 100_000 + i }));
    const big: TopicDossier = { ...base, statements };
    // The pool's workers, watched: the PDF must arrive as a worker's answer. How long the request
    // thread stays free meanwhile is measured by `npm run bench` (scripts/bench-pdf.ts).
    const spawn = await sourceWorkerSpawner();
    const answers: RenderReply[] = [];
    const watched = new RenderPool({
      spawn: () => {
        const worker = spawn();
        worker.on("message", (reply: RenderReply) => answers.push(reply));
        return worker;
      },
    });
    setPdfRenderPool(watched);
    try {
      const { pdf, pages } = await renderDossierOffThread(big);
      expect(pages).toBeGreaterThan(200);
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ ok: true, pages });
      expect(answers[0]!.ok && answers[0]!.pdf).toBe(pdf);
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    } finally {
      setPdfRenderPool(pool);
      await watched.close();
    }
  });
});
