// Share images of permalinks: real 1200×630 PNGs (decoded the whole way) drawn with local fonts only (a character the
// fonts lack must not make the renderer fetch one), for published statements only.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { seedOpenDataFixture, type OpenDataFixture } from "@/lib/export/testing";
import { pngSize } from "@/lib/share/png";
import { decodePng } from "@/lib/share/testing/decode-png";
import { GET } from "./route";

let fixture: OpenDataFixture;
let publishedId: number;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  publishedId = (await db.statement.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true } })).id;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const image = (id: string) => GET(new Request(`http://tracker.test/statements/${id}/share.png`), { params: Promise.resolve({ id }) });

async function withText(text: string): Promise<number> {
  const base = await db.statement.findUniqueOrThrow({ where: { id: fixture.trickyId } });
  const created = await db.statement.create({
    data: {
      speakerId: base.speakerId,
      dateStart: "2025-06-01",
      dateEnd: "2025-06-30",
      dateSort: "2025-06-15",
      datePrecision: "MONTH",
      kind: "QUOTE",
      text,
      status: "PUBLISHED",
    },
  });
  return created.id;
}

async function expectPng(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  // Decoded the whole way: every chunk's CRC, and one scanline of pixels per row.
  expect(decodePng(bytes)).toMatchObject({ width: 1200, height: 630 });
  expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
  return bytes;
}

describe("statement share image", () => {
  it("is a 1200×630 PNG for a published statement", async () => {
    await expectPng(await image(String(publishedId)));
  });

  it("draws markup, Chinese, Cyrillic, Hebrew, Arabic and emoji as text without any network access", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("no network in share images")));
    vi.stubGlobal("fetch", fetch);
    await expectPng(await image(String(fixture.trickyId)));
    await expectPng(await image(String(await withText("אנחנו נעמוד לצד אוקראינה <script>alert(1)</script> 🇺🇦👍🏽"))));
    await expectPng(await image(String(await withText("سنقف مع أوكرانيا طالما استغرق الأمر ذلك"))));
    await expectPng(await image(String(await withText("我们将与乌克兰站在一起".repeat(40)))));
    expect(fetch).not.toHaveBeenCalled();
  });

  it("cuts a long quote and still renders", async () => {
    await expectPng(await image(String(await withText("Deterrence works when it is credible. ".repeat(60)))));
  });

  it("is a 404 for drafts, deleted statements, unknown and malformed ids", async () => {
    for (const id of [fixture.draftId, fixture.deletedId, 999_999]) {
      const response = await image(String(id));
      expect(response.status, String(id)).toBe(404);
    }
    for (const id of ["abc", "-1", "1.5", "99999999999999999999"]) expect((await image(id)).status).toBe(404);
  });
});
