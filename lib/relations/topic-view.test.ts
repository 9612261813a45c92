// Links on the topic view and in its PDF, on a real migrated database with the demo data: a
// walk-back stands beside the change of position it explains, every statement of the dossier lists
// its links both ways (also to statements on other topics), links to drafts stay hidden, and the
// as-of view shows the links as the statements' histories recorded them on the day.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { topicLinksAsOf, topicRecordAsOf, buildTopicDossierAsOf } from "@/lib/as-of/topic";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { buildTopicDossier } from "@/lib/pdf/build-dossier";
import { dossierFontFiles } from "@/lib/pdf/fonts";
import { renderDossierPdf } from "@/lib/pdf/render";
import { pdfText, saveWithPreview, squashWhitespace } from "@/lib/pdf/testing/pdf-text";
import { positionHistory } from "@/lib/stances/positions";
import { emptyFilters, parseTimelineFilters } from "@/lib/statements/filters";
import { createStatement, updateStatement } from "@/lib/statements/mutations";
import type { StatementInput } from "@/lib/statements/schema";
import { createTestUser } from "@/lib/testing/users";
import { stancePoints } from "@/lib/topics/positions";
import { topicRecordLinks } from "./queries";
import { topicLinkNotes } from "./topic-links";

const BASE = "https://tracker.example.org";
const WALK_BACK_TEXT = "Five percent is an aim for the long run, not a plan for every ally now.";
let actorId: number;
let rutte: number;
let topicId: number;
let summitPlan: number; // 25 Jun 2025: "a concrete plan for all Allies to spend 5%"
let fairShare: number; // 1 Oct 2024, on the same topic; reaffirmed by a statement on another topic
let walkBack: number;

const at = (day: string) => new Date(`${day}T12:00:00.000Z`);

/** Dates the latest revision of the statement (and, for its creation, the statement itself). */
async function dated(id: number, day: string) {
  const latest = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: id }, orderBy: { id: "desc" } });
  await db.revision.update({ where: { id: latest.id }, data: { createdAt: at(day) } });
  if (latest.action === "CREATE") await db.statement.update({ where: { id }, data: { createdAt: at(day) } });
}

function input(overrides: Partial<StatementInput>): StatementInput {
  return {
    speaker: { kind: "existing", id: rutte },
    date: { start: "2025-09-01", end: "2025-09-01", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: WALK_BACK_TEXT,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: 1 }],
    topics: [{ key: "0", topicId, stance: "FOR", hedging: null, shiftNote: "Softer on the timing", shiftSeen: "1" }],
    claims: [],
    confirmDuplicate: false,
    ...overrides,
  };
}

beforeAll(async () => {
  await seedDemoData(db, demoData);
  actorId = (await createTestUser("ANALYST")).id;
  rutte = (await db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } })).id;
  topicId = (await db.topic.findUniqueOrThrow({ where: { slug: "defence-spending" } })).id;
  const byText = async (start: string) => (await db.statement.findFirstOrThrow({ where: { text: { startsWith: start } } })).id;
  summitPlan = await byText("To make NATO stronger, we have a concrete plan");
  fairShare = await byText("I will work with allies to ensure that we invest");
  // The demo data is loaded without history: it was all there long before the days below.
  await db.statement.updateMany({ data: { createdAt: at("2026-01-01") } });
  walkBack = (
    await createStatement(
      db,
      input({ sources: [{ key: "0", kind: "existing", id: (await db.source.findFirstOrThrow()).id }], relations: [] }),
      actorId,
    )
  ).id;
  await dated(walkBack, "2026-02-01");
  const { version } = await db.statement.findUniqueOrThrow({ where: { id: walkBack }, select: { version: true } });
  await updateStatement(
    db,
    walkBack,
    {
      ...input({ sources: [{ key: "0", kind: "existing", id: (await db.source.findFirstOrThrow()).id }] }),
      relations: [{ key: "0", target: summitPlan, type: "WALKS_BACK", note: "Softens the summit's plan" }],
      version,
    },
    actorId,
  );
  await dated(walkBack, "2026-02-10");
  // A draft linking to the summit's statement: readers never see it, nor the link.
  await createStatement(
    db,
    input({
      text: "A draft that nobody has published.",
      status: "DRAFT",
      sources: [{ key: "0", kind: "existing", id: (await db.source.findFirstOrThrow()).id }],
      relations: [{ key: "0", target: summitPlan, type: "CONTRADICTS", note: "" }],
    }),
    actorId,
  );
}, 180_000);

describe("links on the topic view", () => {
  it("sets the walk-back beside the change of position it explains, and the other links below", async () => {
    const points = await stancePoints(topicId, "mark-rutte");
    const history = positionHistory(points);
    const { relations, ends } = await topicRecordLinks([...new Set(points.map((p) => p.statementId))]);
    const notes = topicLinkNotes(history, relations, ends, "Mark Rutte");
    const softened = history.changes.find((c) => c.kind === "SOFTENING");
    expect(softened?.statementIds).toEqual([walkBack]);

    const beside = notes.filter((n) => n.changeKey === softened!.occasion.key && n.explainsChange);
    expect(beside.map((n) => n.sentence)).toEqual(["walks back the statement of 25 Jun 2025"]);
    expect(beside[0]).toMatchObject({ statementId: walkBack, direction: "outgoing", other: { id: summitPlan, onChart: true } });
    // A link from a statement on another topic shows as text, marked so.
    expect(notes.find((n) => n.statementId === fairShare)?.sentence).toBe("reaffirmed by the statement of 25 Jun 2025 (not on this topic)");
    expect(notes.some((n) => n.type === "CONTRADICTS")).toBe(false);
  });

  it("lists every statement's links in the PDF, the walk-back beside its change, and draws it on the chart", async () => {
    const dossier = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte" }), "defence-spending", { baseUrl: BASE }))!;
    const shift = dossier.shifts.find((s) => s.kind === "SOFTENING")!;
    expect(shift.links).toEqual(["walks back the statement of 25 Jun 2025"]);
    expect(dossier.chart!.links).toContainEqual(expect.objectContaining({ type: "WALKS_BACK", emphasis: true }));
    const summit = dossier.statements.find((s) => s.id === summitPlan)!;
    expect(summit.links).toEqual([
      expect.stringMatching(/^Reaffirms: “Rutte proposed that allies commit to spending 5% of GDP.*” \(9 Jun 2025, Mark Rutte\)\. Note: /),
      `Walked back by: “${WALK_BACK_TEXT}” (1 Sep 2025, Mark Rutte). Note: Softens the summit's plan`,
    ]);
    expect(dossier.statements.find((s) => s.id === fairShare)!.links).toEqual([
      expect.stringMatching(/^Reaffirmed by: “For too long, one Ally, the United States.*” \(25 Jun 2025, Mark Rutte\)/),
    ]);

    const { pdf } = await renderDossierPdf(dossier, dossierFontFiles());
    await saveWithPreview(pdf, path.join(process.cwd(), "reports", "pdf"), "defence-spending_links");
    const text = squashWhitespace((await pdfText(pdf)).body);
    expect(text).toContain("Softened: ● Strongly for → ● For ↩ walks back the statement of 25 Jun 2025");
    expect(text).toContain("LINKS Reaffirms: “Rutte proposed that allies commit");
    expect(text).toContain(squashWhitespace(`Walked back by: “${WALK_BACK_TEXT}” (1 Sep 2025, Mark Rutte)`));
    expect(text).toContain("Reaffirmed by: “For too long, one Ally");
    expect(text).not.toContain("nobody has published");
  });

  it("shows the links as recorded on a past day", async () => {
    const beforeLink = await topicRecordAsOf("defence-spending", "mark-rutte", "2026-02-05");
    const ids = (record: typeof beforeLink) => [...new Set(record.points.map((p) => p.statementId))];
    expect(ids(beforeLink)).toContain(walkBack);
    const then = await topicLinksAsOf(beforeLink.statements, ids(beforeLink), "2026-02-05");
    expect(then.relations.filter((r) => r.fromId === walkBack)).toEqual([]);
    // The demo's links were there (their statements' snapshots hold them).
    expect(then.relations).toContainEqual(expect.objectContaining({ fromId: summitPlan, type: "REAFFIRMS" }));

    const afterLink = await topicRecordAsOf("defence-spending", "mark-rutte", "2026-02-11");
    const later = await topicLinksAsOf(afterLink.statements, ids(afterLink), "2026-02-11");
    expect(later.relations).toContainEqual({ fromId: walkBack, toId: summitPlan, type: "WALKS_BACK", note: "Softens the summit's plan" });
    expect(later.relations.some((r) => r.type === "CONTRADICTS")).toBe(false);

    const topic = { slug: "defence-spending", name: "Defence spending", proposition: "p", description: "" };
    const pastDossier = await buildTopicDossierAsOf(topic, { ...emptyFilters, speakers: ["mark-rutte"] }, "2026-02-11", { baseUrl: BASE });
    expect(pastDossier.shifts.find((s) => s.kind === "SOFTENING")?.links).toEqual(["walks back the statement of 25 Jun 2025"]);
    expect(pastDossier.statements.find((s) => s.id === walkBack)?.links).toEqual([
      expect.stringMatching(/^Walks back: “To make NATO stronger.*” \(25 Jun 2025, Mark Rutte\)\. Note: Softens the summit's plan$/),
    ]);
  });
});
