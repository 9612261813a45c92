// The export downloads, read back the way a researcher's tools read them: CSV through csv-parse
// (quotes, commas, line breaks and non-ASCII text must survive), JSON against the public schema,
// ClaimReview as JSON-LD. Drafts and deleted statements must never be in them.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvGET } from "@/app/export/statements.csv/route";
import { GET as jsonGET } from "@/app/export/statements.json/route";
import { GET as claimsGET } from "@/app/export/claims.jsonld/route";
import { db } from "@/lib/db/client";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { countStatements, matchingStatementIds } from "@/lib/statements/timeline";
import { CSV_COLUMNS, LIST_SEPARATOR } from "@/lib/export/csv";
import { PublicStatementSchema } from "@/lib/export/schema";
import {
  bodyText,
  seedOpenDataFixture,
  TRICKY_CLAIM,
  TRICKY_RELATION_NOTE,
  TRICKY_SPEAKER_NAME,
  TRICKY_TEXT,
  TRICKY_TOPIC_NAME,
  type OpenDataFixture,
} from "@/lib/export/testing";

const ORIGIN = "http://tracker.test";
let fixture: OpenDataFixture;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
});

const get = (handler: (request: Request) => Response, query = "") => handler(new Request(`${ORIGIN}/export/x${query ? `?${query}` : ""}`));
const published = () => db.statement.count({ where: { status: "PUBLISHED", deletedAt: null } });

async function csvRecords(query = ""): Promise<Record<string, string>[]> {
  const response = get(csvGET, query);
  expect(response.status).toBe(200);
  return parse(await bodyText(response), { bom: true, columns: true, relax_column_count: false, skip_empty_lines: false });
}

describe("CSV export", () => {
  it("is one row per published statement, read back intact by a CSV parser", async () => {
    const response = get(csvGET);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="statements-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await bodyText(response);
    expect(text.startsWith("\uFEFFid,url,")).toBe(true);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(await published());
    const ids = records.map((r) => Number(r.id));
    expect(ids).not.toContain(fixture.draftId);
    expect(ids).not.toContain(fixture.deletedId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps quotes, commas, line breaks and non-ASCII text exactly", async () => {
    const row = (await csvRecords()).find((r) => Number(r.id) === fixture.trickyId)!;
    expect(row.text).toBe(TRICKY_TEXT);
    expect(row.speaker_name).toBe(TRICKY_SPEAKER_NAME);
    expect(row.speaker_role).toBe("Governor, Central Bank");
    expect(row.context).toBe("Context, with a comma; and “quotes”");
    expect(row.event_name).toBe("Budget <hearing> & Q&A");
    expect(row.url).toBe(`${ORIGIN}/statements/${fixture.trickyId}`);
    // Lists: one line per item, in the same order across a group's columns; deleted topics and sources left out.
    expect(row.topic_names).toBe(TRICKY_TOPIC_NAME);
    expect(row.stances).toBe("FOR");
    expect(row.hedging).toBe("HEDGED");
    expect(row.claim_count).toBe("2");
    expect(row.claim_texts!.split(LIST_SEPARATOR)).toEqual([TRICKY_CLAIM.replace("\n", " "), "Unchecked claim"]);
    expect(row.claim_statuses!.split(LIST_SEPARATOR)).toEqual(["FALSE", "UNVERIFIED"]);
    expect(row.claim_values!.split(LIST_SEPARATOR)).toEqual(["2.1", ""]);
    expect(row.source_count).toBe("1");
    expect(row.source_titles).toBe('Interview, "part 2" with Łódź');
    expect(row.source_urls).toBe("https://example.org/a?x=1&y=2");
    expect(row.source_pages).toBe("p. 4");
    // Its links: the one to a published statement, none to the draft; the note's line break flattened.
    expect(row.link_types).toBe("responds to");
    expect(row.link_statement_ids).toBe(String(fixture.respondedToId));
    expect(row.link_notes).toBe(TRICKY_RELATION_NOTE.replace("\n", " "));
    // The other end lists the same link, read from its side.
    const answered = (await csvRecords()).find((r) => Number(r.id) === fixture.respondedToId)!;
    expect(answered.link_types!.split(LIST_SEPARATOR)).toContain("answered by");
    expect(answered.link_statement_ids!.split(LIST_SEPARATOR)).toContain(String(fixture.trickyId));
  });

  it("takes the timeline's filters, topic and speaker included, and ignores the page", async () => {
    for (const query of [
      "topic=defence-spending",
      "speaker=mark-rutte&from=2025-01&to=2025-06",
      "q=defence&order=oldest",
      "kind=paraphrase&page=3",
      `topic=${fixture.topicSlug}`,
    ]) {
      const filters = parseTimelineFilters(Object.fromEntries(new URLSearchParams(query)));
      const records = await csvRecords(query);
      expect(records.length, query).toBe(await countStatements(filters));
      expect(records.length, query).toBeGreaterThan(0);
    }
    const oldest = (await csvRecords("order=oldest")).map((r) => Number(r.id));
    expect(oldest).toEqual(await matchingStatementIds(parseTimelineFilters({ order: "oldest" })));
    const named = get(csvGET, "topic=defence-spending&speaker=mark-rutte&kind=quote");
    expect(named.headers.get("content-disposition")).toMatch(
      /filename="statements-defence-spending-mark-rutte-filtered-\d{4}-\d{2}-\d{2}\.csv"/,
    );
  });

  it("has only the header when nothing matches", async () => {
    const response = get(csvGET, "q=zzzznothingmatches");
    expect(await bodyText(response)).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("JSON export", () => {
  it("is a document of nested statements in the public schema, with its count", async () => {
    const response = get(jsonGET, "speaker=zoe-obrien");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/filename="statements-zoe-obrien-\d{4}-\d{2}-\d{2}\.json"/);
    const document = JSON.parse(await bodyText(response));
    expect(document.query).toBe("speaker=zoe-obrien");
    expect(document.count).toBe(1);
    expect(document.statements).toHaveLength(1);
    const statement = PublicStatementSchema.parse(document.statements[0]);
    expect(statement.text).toBe(TRICKY_TEXT);
    expect(statement.claims.map((c) => c.text)).toEqual([TRICKY_CLAIM, "Unchecked claim"]);
    expect(statement.topics.map((t) => t.slug)).toEqual([fixture.topicSlug]);
    expect(statement.sources).toHaveLength(1);
    expect(statement.links).toEqual([
      {
        type: "RESPONDS_TO",
        direction: "outgoing",
        label: "responds to",
        statementId: fixture.respondedToId,
        url: `${ORIGIN}/statements/${fixture.respondedToId}`,
        note: TRICKY_RELATION_NOTE,
      },
    ]);
  });

  it("holds every published statement, each valid", async () => {
    const document = JSON.parse(await bodyText(get(jsonGET)));
    expect(document.count).toBe(await published());
    for (const statement of document.statements) PublicStatementSchema.parse(statement);
    expect(JSON.parse(await bodyText(get(jsonGET, "q=zzzznothingmatches")))).toMatchObject({ statements: [], count: 0 });
  });
});

describe("ClaimReview export", () => {
  it("is JSON-LD with one ClaimReview per claim that has a verdict", async () => {
    const response = get(claimsGET);
    expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const document = JSON.parse(await bodyText(response));
    expect(document["@context"]).toBe("https://schema.org");
    const reviewed = await db.claim.count({
      where: { status: { not: "UNVERIFIED" }, statement: { status: "PUBLISHED", deletedAt: null } },
    });
    expect(document["@graph"]).toHaveLength(reviewed);
    const review = document["@graph"].find((r: { claimReviewed: string }) => r.claimReviewed === TRICKY_CLAIM);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `${ORIGIN}/statements/${fixture.trickyId}`,
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "False" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: TRICKY_SPEAKER_NAME, jobTitle: "Governor, Central Bank" },
        datePublished: "2024-03-01",
      },
      reviewBody: "Budget data, 2024",
      isBasedOn: "https://example.org/budget",
    });
    expect(review.itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual([
      `${ORIGIN}/statements/${fixture.trickyId}`,
      "https://example.org/a?x=1&y=2",
    ]);
    expect(document["@graph"].some((r: { claimReviewed: string }) => r.claimReviewed === "Unchecked claim")).toBe(false);
  });
});
