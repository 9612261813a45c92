// "Cite this" on a topic view: the view's URL (with the speaker when one was asked for) and the
// dataset revision, in each format; unknown topics are a 404.
import { parse } from "@retorquere/bibtex-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyText, seedOpenDataFixture, type OpenDataFixture } from "@/lib/export/testing";
import { cslJsonProblems } from "@/lib/citations/testing/csl-json";
import { GET } from "./route";

let fixture: OpenDataFixture;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
});

const cite = (slug: string, format: string, query = "") =>
  GET(new Request(`http://tracker.test/topics/${slug}/cite/${format}${query}`), { params: Promise.resolve({ slug, format }) });

describe("topic view citations", () => {
  it("cites the view with its speaker as a dataset", async () => {
    const query = `?speaker=${fixture.speakerSlug}`;
    const bib = parse(await bodyText(await cite(fixture.topicSlug, "bib", query)), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields.url).toBe(`http://tracker.test/topics/${fixture.topicSlug}${query}`);
    expect(String(bib.entries[0]!.fields.title)).toContain("R&D <budgets> & “quotes”");
    const csl = JSON.parse(await bodyText(await cite(fixture.topicSlug, "json", query)));
    expect(cslJsonProblems(csl)).toEqual([]);
    const [item] = csl;
    expect(item).toMatchObject({ type: "dataset", URL: `http://tracker.test/topics/${fixture.topicSlug}${query}` });
    expect(item.version).toMatch(/^r\d+$/);
    expect(item.issued["date-parts"][0]).toHaveLength(3);
  });

  it("leaves an unknown speaker out of the URL", async () => {
    const text = await bodyText(await cite(fixture.topicSlug, "txt", "?speaker=nobody"));
    expect(text).toContain(`http://tracker.test/topics/${fixture.topicSlug} (accessed`);
  });

  it("is a 404 for unknown and deleted topics and unknown formats", async () => {
    expect((await cite("no-such-topic", "bib")).status).toBe(404);
    expect((await cite(fixture.deletedTopicSlug, "txt")).status).toBe(404);
    expect((await cite(fixture.topicSlug, "pdf")).status).toBe(404);
  });
});
