// Guards the boundary between analysts' work and what readers may see: a draft or a deleted
// statement must never reach a reader page's data, an export (CSV, JSON, JSON-LD), a feed, an
// API answer or a PDF. Three statements by one speaker on one topic, each with its own marker
// word (in its text, context and claim), go through every reader path; only the published
// marker may come out. Counts are checked too, so a leak that shows only as a number is caught.
// Links between statements carry the markers in their notes: a link shows only while both of its
// statements are visible, so only the reply's link to the published statement may come out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as speakersApiGET } from "@/app/api/speakers/route";
import { GET as statementApiGET } from "@/app/api/statements/[id]/route";
import { GET as statementsApiGET } from "@/app/api/statements/route";
import { GET as topicsApiGET } from "@/app/api/topics/route";
import { GET as claimsGET } from "@/app/export/claims.jsonld/route";
import { GET as csvGET } from "@/app/export/statements.csv/route";
import { GET as jsonGET } from "@/app/export/statements.json/route";
import { GET as speakerFeedGET } from "@/app/feeds/speakers/[slug]/route";
import { GET as allFeedGET } from "@/app/feeds/statements.atom/route";
import { GET as topicFeedGET } from "@/app/feeds/topics/[slug]/route";
import { GET as pdfGET } from "@/app/topics/[slug]/export.pdf/route";
import { db } from "@/lib/db/client";
import { RenderPool } from "@/lib/pdf/render-pool";
import { setPdfRenderPool } from "@/lib/pdf/renderer";
import { pdfText } from "@/lib/pdf/testing/pdf-text";
import { sourceWorkerSpawner } from "@/lib/pdf/testing/source-worker";
import { speakerProfile, speakersIndex } from "@/lib/people/profile";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { latestPublishedStances } from "@/lib/statements/latest-stances";
import { neighbouringStatements } from "@/lib/statements/neighbours";
import { findPublicStatement } from "@/lib/statements/queries";
import { statementLinks } from "@/lib/relations/queries";
import { countStatements, matchingStatementIds, monthlyCounts, timelineFacets, timelinePage } from "@/lib/statements/timeline";
import { findTopic, speakerPositions, speakersOnTopic, stancePoints, topicsOverview, viewDetails } from "@/lib/topics/positions";

const ORIGIN = "http://tracker.test";
const SPEAKER = "visibility-probe-speaker";
const TOPIC = "visibility-probe-topic";
const MARK = { published: "quillonpublished", draft: "quillondraft", deleted: "quillondeleted" } as const;
const HIDDEN = [MARK.draft, MARK.deleted];
const ids = { published: 0, draft: 0, deleted: 0, reply: 0 };
let speakerId = 0;
let topicId = 0;
let pool: RenderPool;

beforeAll(async () => {
  const speaker = await db.person.create({ data: { slug: SPEAKER, name: "Visibility Probe" } });
  const topic = await db.topic.create({ data: { slug: TOPIC, name: "Visibility probe topic", proposition: "Probes should stay hidden" } });
  const source = await db.source.create({ data: { title: "Probe source", kind: "OTHER", url: "https://example.org/probe" } });
  speakerId = speaker.id;
  topicId = topic.id;
  // The draft and the deleted statement sit either side of the published one: the neighbours of
  // the published statement and the topic's stance chart would pick them up first.
  const create = (marker: string, day: string, extra: { status?: "DRAFT"; deletedAt?: Date }) =>
    db.statement.create({
      data: {
        speakerId: speaker.id,
        dateStart: day,
        dateEnd: day,
        dateSort: day,
        datePrecision: "DAY",
        kind: "QUOTE",
        text: `We will say ${marker} today`,
        context: `Context ${marker}`,
        status: extra.status ?? "PUBLISHED",
        deletedAt: extra.deletedAt ?? null,
        sources: { create: [{ sourceId: source.id, position: 0 }] },
        stances: { create: [{ topicId: topic.id, stance: marker === MARK.published ? "FOR" : "AGAINST" }] },
        claims: {
          create: [
            {
              position: 0,
              text: `Claim ${marker}`,
              kind: "NUMERIC",
              value: 5,
              unit: "probes",
              status: "SUPPORTED",
              note: `Note ${marker}`,
            },
          ],
        },
      },
      select: { id: true },
    });
  ids.draft = (await create(MARK.draft, "2024-03-05", { status: "DRAFT" })).id;
  ids.published = (await create(MARK.published, "2024-03-10", {})).id;
  ids.deleted = (await create(MARK.deleted, "2024-03-15", { deletedAt: new Date() })).id;
  // Another speaker's published reply, linked to the published statement; the hidden statements
  // link to it and it to them, each link's note naming the hidden marker.
  const replier = await db.person.create({ data: { slug: "visibility-probe-replier", name: "Probe Replier" } });
  ids.reply = (
    await db.statement.create({
      data: {
        speakerId: replier.id,
        dateStart: "2024-03-12",
        dateEnd: "2024-03-12",
        dateSort: "2024-03-12",
        kind: "QUOTE",
        text: "A reply quillonreply",
        status: "PUBLISHED",
        sources: { create: [{ sourceId: source.id, position: 0 }] },
      },
      select: { id: true },
    })
  ).id;
  await db.statementRelation.createMany({
    data: [
      { fromId: ids.reply, toId: ids.published, type: "RESPONDS_TO", note: "visible link" },
      { fromId: ids.published, toId: ids.draft, type: "WALKS_BACK", note: `Link note ${MARK.draft}` },
      { fromId: ids.draft, toId: ids.published, type: "CONTRADICTS", note: `Link note ${MARK.draft}` },
      { fromId: ids.deleted, toId: ids.published, type: "CLARIFIES", note: `Link note ${MARK.deleted}` },
      { fromId: ids.published, toId: ids.deleted, type: "REAFFIRMS", note: `Link note ${MARK.deleted}` },
    ],
  });
  pool = new RenderPool({ spawn: await sourceWorkerSpawner() });
  setPdfRenderPool(pool);
});

afterAll(async () => {
  await pool?.close();
});

/** The published marker is there, the hidden ones are not. */
function expectOnlyPublished(text: string) {
  expect(text).toContain(MARK.published);
  for (const hidden of HIDDEN) expect(text).not.toContain(hidden);
}
function expectNoHidden(text: string) {
  for (const hidden of HIDDEN) expect(text).not.toContain(hidden);
}
const json = (value: unknown) => JSON.stringify(value);
const request = (path: string) => new Request(`${ORIGIN}${path}`);
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const filters = (query: Record<string, string>) => parseTimelineFilters(query);

describe("reader pages' data", () => {
  it("timeline, search, facets, counts and month strip", async () => {
    const bySpeaker = filters({ speaker: SPEAKER });
    const page = await timelinePage(bySpeaker);
    expect(page.entries.map((e) => e.id)).toEqual([ids.published]);
    expectOnlyPublished(json(page));
    expect(await countStatements(bySpeaker)).toBe(1);
    expect(await matchingStatementIds(bySpeaker)).toEqual([ids.published]);

    for (const hidden of HIDDEN) {
      const search = filters({ q: hidden });
      expect((await timelinePage(search)).total).toBe(0);
      expect(await countStatements(search)).toBe(0);
    }
    expect((await timelinePage(filters({ q: MARK.published }))).entries.map((e) => e.id)).toEqual([ids.published]);

    const facets = await timelineFacets(filters({ topic: TOPIC }));
    expect(facets.speakers.find((f) => f.value === SPEAKER)?.count).toBe(1);
    expect(facets.topics.find((f) => f.value === TOPIC)?.count).toBe(1);
    expect(facets.stances.map((f) => [f.value, f.count])).toEqual([["FOR", 1]]);
    expect(facets.withClaims).toBe(1);

    expect(await monthlyCounts(filters({ topic: TOPIC }))).toEqual([{ month: "2024-03", total: 1, byStance: { FOR: 1 } }]);
  });

  it("statement permalink and its neighbours", async () => {
    const found = await findPublicStatement(ids.published);
    expect(found.state).toBe("found");
    if (found.state !== "found") return;
    expectOnlyPublished(json(found.statement));
    expect(await findPublicStatement(ids.draft)).toEqual({ state: "missing" });
    expect(await findPublicStatement(ids.deleted)).toEqual({ state: "deleted" });

    // Its links: only the reply's, from either end.
    const links = await statementLinks(ids.published, "reader");
    expect(links.outgoing).toEqual([]);
    expect(links.incoming.map((l) => [l.type, l.other.id])).toEqual([["RESPONDS_TO", ids.reply]]);
    expectNoHidden(json(links));
    expect((await statementLinks(ids.reply, "reader")).outgoing.map((l) => [l.label, l.other.id])).toEqual([
      ["responds to", ids.published],
    ]);
    // Staff see every link, the hidden ends marked.
    const staffLinks = await statementLinks(ids.published, "staff");
    expect(staffLinks.outgoing.map((l) => [l.other.id, l.other.status, l.other.deleted])).toEqual([
      [ids.draft, "DRAFT", false],
      [ids.deleted, "PUBLISHED", true],
    ]);

    const neighbours = await neighbouringStatements({ id: ids.published, speakerSlug: SPEAKER, topicSlugs: [TOPIC] });
    expect(neighbours).toEqual({ before: null, after: null });
    const latest = await latestPublishedStances(db, speakerId, [topicId]);
    expect(latest.get(topicId)?.statementId).toBe(ids.published);
  });

  it("speaker page and speaker list", async () => {
    const profile = await speakerProfile(SPEAKER);
    expect(profile?.statementCount).toBe(1);
    expect(profile?.topics).toEqual([expect.objectContaining({ slug: TOPIC, count: 1 })]);
    expectOnlyPublished(json(profile));
    // The speaker page's current positions come from the published statement alone.
    const positions = await speakerPositions(profile!.id);
    expect([...positions.keys()]).toEqual([TOPIC]);
    expect(positions.get(TOPIC)?.sinceStatementId).toBe(ids.published);
    expectNoHidden(json([...positions.values()]));
    expect((await speakersIndex()).find((s) => s.slug === SPEAKER)?.count).toBe(1);
  });

  it("topic page and topic list", async () => {
    const topic = await findTopic(TOPIC);
    expect(topic?.id).toBe(topicId);
    expect(await speakersOnTopic(topicId)).toEqual([{ slug: SPEAKER, name: "Visibility Probe", count: 1 }]);
    const points = await stancePoints(topicId, SPEAKER);
    expect(points.map((p) => p.statementId)).toEqual([ids.published]);
    expectOnlyPublished(json(points));
    const details = await viewDetails(filters({ topic: TOPIC, speaker: SPEAKER }));
    expect(details.claims.map((c) => c.statementId)).toEqual([ids.published]);
    expect(details.sources.map((s) => s.statements)).toEqual([1]);
    expectOnlyPublished(json(details));
    expect((await topicsOverview()).find((t) => t.slug === TOPIC)?.statementCount).toBe(1);
  });
});

describe("open data", () => {
  it("CSV, JSON and JSON-LD exports", async () => {
    for (const handler of [csvGET, jsonGET, claimsGET]) {
      const response = handler(request(`/export/x?speaker=${SPEAKER}`));
      expect(response.status).toBe(200);
      expectOnlyPublished(await response.text());
      // The whole data set, unfiltered, too.
      expectNoHidden(await handler(request("/export/x")).text());
    }
  });

  it("Atom feeds", async () => {
    expectOnlyPublished(await (await allFeedGET(request("/feeds/statements.atom"))).text());
    expectOnlyPublished(await (await speakerFeedGET(request(`/feeds/speakers/${SPEAKER}.atom`), slugParams(`${SPEAKER}.atom`))).text());
    expectOnlyPublished(await (await topicFeedGET(request(`/feeds/topics/${TOPIC}.atom`), slugParams(`${TOPIC}.atom`))).text());
  });

  it("read API", async () => {
    const list = await statementsApiGET(request(`/api/statements?speaker=${SPEAKER}`));
    const body = (await list.json()) as { data: { id: number }[] };
    expect(body.data.map((s) => s.id)).toEqual([ids.published]);
    expectOnlyPublished(json(body));
    for (const hidden of HIDDEN) {
      const search = await (await statementsApiGET(request(`/api/statements?q=${hidden}`))).json();
      expect(search.data).toEqual([]);
    }
    const one = (id: number) => statementApiGET(request(`/api/statements/${id}`), { params: Promise.resolve({ id: String(id) }) });
    expectOnlyPublished(await (await one(ids.published)).text());
    const draft = await one(ids.draft);
    expect(draft.status).toBe(404);
    expectNoHidden(await draft.text());
    const deleted = await one(ids.deleted);
    expect(deleted.status).toBe(410);
    expectNoHidden(await deleted.text());

    const speakers = (await (await speakersApiGET(request("/api/speakers"))).json()) as {
      data: { slug: string; statementCount: number }[];
    };
    expect(speakers.data.find((s) => s.slug === SPEAKER)?.statementCount).toBe(1);
    const topics = (await (await topicsApiGET(request("/api/topics"))).json()) as { data: { slug: string; statementCount: number }[] };
    expect(topics.data.find((t) => t.slug === TOPIC)?.statementCount).toBe(1);
  });

  it("PDF dossier", async () => {
    const response = await pdfGET(request(`/topics/${TOPIC}/export.pdf?speaker=${SPEAKER}`), slugParams(TOPIC));
    expect(response.status).toBe(200);
    const { body } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expectOnlyPublished(body);
  });
});
