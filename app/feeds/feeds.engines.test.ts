// The Atom feeds, parsed as a feed reader would: well-formed XML, the Atom elements RFC 4287
// requires (feed id, title, updated, a rel="self" link; entries with id, title, updated, link and
// content), text with "<" and "&" coming back as written, and no drafts or deleted statements.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as allGET } from "@/app/feeds/statements.atom/route";
import { GET as speakerGET } from "@/app/feeds/speakers/[slug]/route";
import { GET as topicGET } from "@/app/feeds/topics/[slug]/route";
import { db } from "@/lib/db/client";
import {
  bodyText,
  seedOpenDataFixture,
  TRICKY_SPEAKER_NAME,
  TRICKY_TEXT,
  TRICKY_TOPIC_NAME,
  type OpenDataFixture,
} from "@/lib/export/testing";
import { entryTitle, escapeHtml } from "@/lib/feeds/atom";
import { FEED_SIZE, filteredFeedHref } from "@/lib/feeds/feeds";
import { searchParamsRecord } from "@/lib/export/response";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { matchingStatementIds } from "@/lib/statements/timeline";

const ORIGIN = "http://tracker.test";
let fixture: OpenDataFixture;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
});

type Link = { "@_href": string; "@_rel"?: string };
type Entry = {
  id: string;
  title: { "#text": string; "@_type": string };
  updated: string;
  link: Link | Link[];
  content: { "#text": string; "@_type": string };
  author: { name: string; uri: string };
};
type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  link: Link[];
  author?: { name: string; uri?: string };
  entry?: Entry | Entry[];
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  cdataPropName: false,
  textNodeName: "#text",
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

async function readFeed(response: Response, selfPath: string): Promise<{ feed: AtomFeed; entries: Entry[] }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await bodyText(response);
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = parser.parse(xml);
  const feed = document.feed as AtomFeed;
  expect(document.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toBe(`${ORIGIN}${selfPath}`);
  expect(feed.title).toEqual(expect.any(String));
  expect(new Date(feed.updated).toISOString()).toBe(feed.updated);
  const links = [feed.link].flat();
  expect(links.find((l) => l["@_rel"] === "self")?.["@_href"]).toBe(`${ORIGIN}${selfPath}`);
  expect(links.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toMatch(new RegExp(`^${ORIGIN}/`));
  const entries = feed.entry === undefined ? [] : [feed.entry].flat();
  // RFC 4287 4.1.1: an author for the feed, or one in every entry.
  expect(feed.author?.name ?? entries.every((entry) => entry.author?.name)).toBeTruthy();
  if (entries.length === 0) expect(feed.author?.name).toBe("Statement Tracker");
  for (const entry of entries) {
    expect(entry.id).toMatch(new RegExp(`^${ORIGIN}/statements/\\d+$`));
    expect(entry.title["#text"].length).toBeGreaterThan(0);
    expect(new Date(entry.updated).toISOString()).toBe(entry.updated);
    expect([entry.link].flat()[0]!["@_href"]).toBe(entry.id);
    expect(entry.content["@_type"]).toBe("html");
    expect(entry.content["#text"]).toContain(`href="${entry.id}"`);
  }
  return { feed, entries };
}

const request = (path: string, headers: Record<string, string> = {}) => new Request(`${ORIGIN}${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const entryIds = (entries: Entry[]) => entries.map((e) => Number(e.id.split("/").at(-1)));

describe("Atom feeds", () => {
  it("/feeds/statements.atom: the latest published statements, most recently changed first", async () => {
    const { feed, entries } = await readFeed(await allGET(request("/feeds/statements.atom")), "/feeds/statements.atom");
    expect(feed.title).toBe("Statement Tracker: all statements");
    const published = await db.statement.count({ where: { status: "PUBLISHED", deletedAt: null } });
    expect(entries).toHaveLength(Math.min(FEED_SIZE, published));
    const ids = entryIds(entries);
    expect(ids).not.toContain(fixture.draftId);
    expect(ids).not.toContain(fixture.deletedId);
    expect(ids[0]).toBe(fixture.trickyId);
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
  });

  it("/feeds/topics/[slug].atom: one topic's statements; names with < and & come back as written", async () => {
    const path = `/feeds/topics/${fixture.topicSlug}.atom`;
    const { feed, entries } = await readFeed(await topicGET(request(path), params(`${fixture.topicSlug}.atom`)), path);
    expect(feed.title).toBe(`Statement Tracker: ${TRICKY_TOPIC_NAME}`);
    expect(feed.subtitle).toBe("Statements on “Research & development <spending> should rise”");
    expect([feed.link].flat().find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(`${ORIGIN}/topics/${fixture.topicSlug}`);
    expect(entryIds(entries)).toEqual([fixture.trickyId]);
    const [entry] = entries;
    // type="html": the text is HTML, so the statement's own "<" and "&" arrive escaped once.
    expect(entry!.title["@_type"]).toBe("html");
    expect(entry!.title["#text"]).toBe(
      escapeHtml(
        entryTitle({ speaker: { name: TRICKY_SPEAKER_NAME }, date: { label: "1 Mar 2024" }, kind: "QUOTE", text: TRICKY_TEXT } as never),
      ),
    );
    expect(entry!.title["#text"]).toContain("&amp; &lt;b&gt;R&amp;D&lt;/b&gt;");
    expect(entry!.content["#text"]).toContain("&lt;b&gt;R&amp;D&lt;/b&gt;");
    expect(entry!.content["#text"]).not.toContain("<b>");
    expect(entry!.author.name).toBe(TRICKY_SPEAKER_NAME);
    const topicLinks = await db.stance.count({
      where: { topic: { slug: "defence-spending" }, statement: { status: "PUBLISHED", deletedAt: null } },
    });
    const defence = await readFeed(
      await topicGET(request("/feeds/topics/defence-spending.atom"), params("defence-spending.atom")),
      "/feeds/topics/defence-spending.atom",
    );
    expect(defence.entries).toHaveLength(Math.min(FEED_SIZE, topicLinks));
  });

  it("/feeds/speakers/[slug].atom: one speaker's statements", async () => {
    const path = "/feeds/speakers/mark-rutte.atom";
    const { feed, entries } = await readFeed(await speakerGET(request(path), params("mark-rutte.atom")), path);
    expect(feed.title).toBe("Statement Tracker: Mark Rutte");
    const rutte = await db.statement.findMany({
      where: { speaker: { slug: "mark-rutte" }, status: "PUBLISHED", deletedAt: null },
      select: { id: true },
    });
    expect(entryIds(entries).sort()).toEqual(
      rutte
        .map((s) => s.id)
        .slice(0, FEED_SIZE)
        .sort(),
    );
    const tricky = await readFeed(
      await speakerGET(request(`/feeds/speakers/${fixture.speakerSlug}.atom`), params(`${fixture.speakerSlug}.atom`)),
      `/feeds/speakers/${fixture.speakerSlug}.atom`,
    );
    expect(tricky.feed.title).toBe(`Statement Tracker: ${TRICKY_SPEAKER_NAME}`);
    expect(entryIds(tricky.entries)).toEqual([fixture.trickyId]);
  });

  it("answers 404 for unknown or deleted topics and speakers, and for paths that are not feeds", async () => {
    expect((await topicGET(request("/feeds/topics/nope.atom"), params("nope.atom"))).status).toBe(404);
    expect(
      (await topicGET(request(`/feeds/topics/${fixture.deletedTopicSlug}.atom`), params(`${fixture.deletedTopicSlug}.atom`))).status,
    ).toBe(404);
    expect((await topicGET(request("/feeds/topics/defence-spending"), params("defence-spending"))).status).toBe(404);
    expect((await speakerGET(request("/feeds/speakers/nobody.atom"), params("nobody.atom"))).status).toBe(404);
  });

  it("answers 304 to a reader that already has the current version", async () => {
    const first = await allGET(request("/feeds/statements.atom"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await allGET(request("/feeds/statements.atom", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("is still well-formed with control characters and a literal &amp; in the data", async () => {
    const person = await db.person.findUniqueOrThrow({ where: { slug: fixture.speakerSlug } });
    const added = await db.statement.create({
      data: {
        speakerId: person.id,
        dateStart: "2024-05-01",
        dateEnd: "2024-05-01",
        dateSort: "2024-05-01",
        text: "Bell\u0007 and ]]> and &amp; literally",
        status: "PUBLISHED",
      },
    });
    // As every write through the app does; it is also what tells cached feeds the data changed.
    await db.revision.create({ data: { entity: "Statement", entityId: added.id, action: "CREATE", changes: "{}" } });
    const path = `/feeds/speakers/${fixture.speakerSlug}.atom`;
    const { entries } = await readFeed(await speakerGET(request(path), params(`${fixture.speakerSlug}.atom`)), path);
    expect(entries[0]!.content["#text"]).toContain("Bell and ]]&gt; and &amp;amp; literally");
  });
});

describe("filtered feeds", () => {
  const filtersOf = (query: string) => parseTimelineFilters(searchParamsRecord(new URLSearchParams(query)));

  it("hold exactly the timeline's statements for the same filters and search", async () => {
    for (const query of [
      "speaker=mark-rutte&kind=quote",
      "q=deterrence",
      "topic=defence-spending&stance=for,strongly_for",
      "from=2024-11&to=2025-03",
      "claims=with&order=oldest&page=2",
    ]) {
      const filters = filtersOf(query);
      const expected = await matchingStatementIds({ ...filters, page: 1 });
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThanOrEqual(FEED_SIZE);
      const path = filteredFeedHref({ kind: "all" }, filters);
      expect(path).not.toMatch(/page=|order=/);
      const { entries } = await readFeed(await allGET(request(path)), path);
      expect(
        entryIds(entries).sort((a, b) => a - b),
        query,
      ).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  it("say their filters in the title and link back to the same view", async () => {
    const path = "/feeds/statements.atom?speaker=mark-rutte&kind=quote";
    const { feed } = await readFeed(await allGET(request(path)), path);
    expect(feed.title).toBe("Statement Tracker: all statements (Speaker: Mark Rutte; Quotes only)");
    expect([feed.link].flat().find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(`${ORIGIN}/?speaker=mark-rutte&kind=quote`);
  });

  it("of a query that matches nothing are valid Atom too: no entries, the site as the feed's author", async () => {
    const path = "/feeds/statements.atom?q=zzzznothingmatches";
    const { feed, entries } = await readFeed(await allGET(request(path)), path);
    expect(entries).toEqual([]);
    expect(feed.author).toMatchObject({ name: "Statement Tracker", uri: `${ORIGIN}/` });
  });

  it("narrow a topic's feed to the topic view's speaker and filters", async () => {
    const filters = { ...filtersOf("speaker=mark-rutte&from=2025"), topics: ["defence-spending"] };
    const path = filteredFeedHref({ kind: "topic", slug: "defence-spending" }, filters);
    expect(path).toBe("/feeds/topics/defence-spending.atom?speaker=mark-rutte&from=2025-01-01");
    const { feed, entries } = await readFeed(await topicGET(request(path), params("defence-spending.atom")), path);
    const expected = await matchingStatementIds(filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(entryIds(entries).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect([feed.link].flat().find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(
      `${ORIGIN}/topics/defence-spending?speaker=mark-rutte&from=2025-01-01`,
    );
  });

  it("ignore filter values that make no sense, as the timeline does", async () => {
    const path = "/feeds/statements.atom?stance=nonsense&from=not-a-date&__proto__=1";
    const response = await allGET(request(path));
    expect(response.status).toBe(200);
    const { entries } = await readFeed(response, "/feeds/statements.atom");
    expect(entries).toHaveLength(Math.min(FEED_SIZE, await db.statement.count({ where: { status: "PUBLISHED", deletedAt: null } })));
  });
});

describe("Atom feeds after a write", () => {
  it("give the change in the next read of every feed that shows the statement", async () => {
    const feeds: [string, () => Promise<Response>][] = [
      ["/feeds/statements.atom", () => allGET(request("/feeds/statements.atom"))],
      [
        `/feeds/topics/${fixture.topicSlug}.atom`,
        () => topicGET(request(`/feeds/topics/${fixture.topicSlug}.atom`), params(`${fixture.topicSlug}.atom`)),
      ],
      [
        `/feeds/speakers/${fixture.speakerSlug}.atom`,
        () => speakerGET(request(`/feeds/speakers/${fixture.speakerSlug}.atom`), params(`${fixture.speakerSlug}.atom`)),
      ],
    ];
    const claimsIn = async ([path, get]: (typeof feeds)[number]) => {
      const { entries } = await readFeed(await get(), path);
      return entries.find((e) => entryIds([e])[0] === fixture.trickyId)!.content["#text"];
    };
    for (const feed of feeds) expect(await claimsIn(feed)).not.toContain("A claim added after the feed was read");
    await db.claim.create({ data: { statementId: fixture.trickyId, text: "A claim added after the feed was read", kind: "FACTUAL" } });
    for (const feed of feeds) expect(await claimsIn(feed)).toContain("A claim added after the feed was read");
  });
});
