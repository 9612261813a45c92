// A topic view's share image: a 1200×630 PNG for a topic with published statements, for the
// speaker the view shows; 404 for unknown or deleted topics and for topics with nothing published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedOpenDataFixture, type OpenDataFixture } from "@/lib/export/testing";
import { pngSize } from "@/lib/share/png";
import { decodePng } from "@/lib/share/testing/decode-png";
import { GET } from "./route";

let fixture: OpenDataFixture;
let emptyTopic: string;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  emptyTopic = (await db.topic.create({ data: { slug: "nothing-yet", name: "Nothing yet", proposition: "p" } })).slug;
});

const image = (slug: string, query = "") =>
  GET(new Request(`http://tracker.test/topics/${slug}/share.png${query}`), { params: Promise.resolve({ slug }) });

describe("topic share image", () => {
  it("is a 1200×630 PNG, with or without a speaker", async () => {
    for (const query of ["", `?speaker=${fixture.speakerSlug}`, "?speaker=nobody", "?speaker=%3Cscript%3E"]) {
      const response = await image(fixture.topicSlug, query);
      expect(response.status, query).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      // Decoded the whole way: every chunk's CRC, and one scanline of pixels per row.
      expect(decodePng(bytes), query).toMatchObject({ width: 1200, height: 630 });
    }
  });

  it("is a 404 for unknown, deleted and empty topics", async () => {
    for (const slug of ["no-such-topic", fixture.deletedTopicSlug, emptyTopic, "Bad Slug"]) {
      expect((await image(slug)).status, slug).toBe(404);
    }
  });
});
