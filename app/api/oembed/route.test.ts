// oEmbed refusals guard what the endpoint will describe: only this site's permalinks of visible
// statements (never another host's URL, a draft or a look-alike path), JSON only, sane sizes.
import { beforeAll, describe, expect, it } from "vitest";
import { bodyText, seedOpenDataFixture, TRICKY_SPEAKER_NAME, type OpenDataFixture } from "@/lib/export/testing";
import { GET } from "./route";

const ORIGIN = "http://tracker.test";
let fixture: OpenDataFixture;
let permalink: string;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  permalink = `${ORIGIN}/statements/${fixture.trickyId}`;
});

const oembed = (query: Record<string, string> | string) =>
  GET(new Request(`${ORIGIN}/api/oembed?${typeof query === "string" ? query : new URLSearchParams(query)}`));

describe("oEmbed", () => {
  it("describes a permalink as a rich embed with the card's iframe", async () => {
    const response = await oembed({ url: permalink, format: "json" });
    expect(response.status).toBe(200);
    const body = JSON.parse(await bodyText(response));
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Statement Tracker",
      author_name: TRICKY_SPEAKER_NAME,
      width: 560,
      height: 320,
      thumbnail_url: `${permalink}/share.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(body.html).toBe(
      `<iframe src="${ORIGIN}/embed/statements/${fixture.trickyId}" width="560" height="320" ` +
        `title="Zoë O&#39;Brien &amp; Søn &lt;Jr&gt;, 1 Mar 2024" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  it("keeps within maxwidth and maxheight, leaving out a thumbnail that would not fit", async () => {
    const body = JSON.parse(await bodyText(await oembed({ url: permalink, maxwidth: "300", maxheight: "200" })));
    expect(body.width).toBe(300);
    expect(body.height).toBe(200);
    expect(body.html).toContain('width="300" height="200"');
    expect(body.thumbnail_url).toBeUndefined();
  });

  it("answers 501 for formats other than JSON", async () => {
    expect((await oembed({ url: permalink, format: "xml" })).status).toBe(501);
  });

  it("answers 400 for a missing, repeated or malformed url and for bad sizes", async () => {
    for (const query of [
      "",
      `url=${encodeURIComponent(permalink)}&url=${encodeURIComponent(permalink)}`,
      "url=not%20a%20url",
      `url=${encodeURIComponent(permalink)}&maxwidth=0`,
      `url=${encodeURIComponent(permalink)}&maxheight=-5`,
      `url=${encodeURIComponent(permalink)}&maxwidth=1e3`,
      `url=${encodeURIComponent(permalink)}&maxwidth=99999999`,
    ]) {
      const response = await oembed(query);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(await bodyText(response)).error.status).toBe(400);
    }
  });

  it("answers 404 for other hosts, look-alike paths, drafts and deleted statements", async () => {
    for (const url of [
      `https://evil.example/statements/${fixture.trickyId}`,
      `${ORIGIN}.evil.example/statements/${fixture.trickyId}`,
      `http://user:pw@tracker.test/statements/${fixture.trickyId}`,
      `${ORIGIN}/statements/${fixture.trickyId}?x=<script>`,
      `${ORIGIN}/statements/${fixture.trickyId}/share.png`,
      `${ORIGIN}/topics/${fixture.topicSlug}`,
      `${ORIGIN}/statements/0`,
      `${ORIGIN}/statements/99999999`,
      `${ORIGIN}/statements/${fixture.draftId}`,
      `${ORIGIN}/statements/${fixture.deletedId}`,
      `javascript:alert(1)`,
    ]) {
      const response = await oembed({ url });
      expect(response.status, url).toBe(404);
    }
  });

  it("uses the configured public origin, refusing the request's own host then", async () => {
    process.env.PUBLIC_BASE_URL = "https://tracker.example.org";
    try {
      expect((await oembed({ url: permalink })).status).toBe(404);
      const body = JSON.parse(await bodyText(await oembed({ url: `https://tracker.example.org/statements/${fixture.trickyId}` })));
      expect(body.html).toContain('src="https://tracker.example.org/embed/statements/');
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });
});
