// The embeddable card guards against hostile text: a quote, name or source containing markup
// comes out as text, and the card is served with a policy that runs no script at all. Drafts and
// deleted statements have no card.
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bodyText, seedOpenDataFixture, TRICKY_SPEAKER_NAME, type OpenDataFixture } from "@/lib/export/testing";
import { GET } from "./route";

let fixture: OpenDataFixture;
let hostileId: number;
const HOSTILE = `</p></blockquote><script>alert("x")</script><img src=x onerror="alert(1)"> & "quoted" 'single'`;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  const base = await db.statement.findUniqueOrThrow({ where: { id: fixture.trickyId } });
  hostileId = (
    await db.statement.create({
      data: {
        speakerId: base.speakerId,
        dateStart: "2024-11-01",
        dateEnd: "2024-11-30",
        dateSort: "2024-11-15",
        datePrecision: "MONTH",
        kind: "QUOTE",
        text: HOSTILE,
        language: `en"><script>alert(2)</script>`,
        status: "PUBLISHED",
      },
    })
  ).id;
});

const card = (id: string) => GET(new Request(`http://tracker.test/embed/statements/${id}`), { params: Promise.resolve({ id }) });

describe("embed card", () => {
  it("shows a hostile quote as text, with no script element or event handler", async () => {
    const response = await card(String(hostileId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await bodyText(response);
    expect(html).not.toMatch(/<script|<img/i);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("script, img")).toHaveLength(0);
    const handlers = [...document.querySelectorAll("*")].flatMap((element) =>
      element.getAttributeNames().filter((name: string) => name.startsWith("on")),
    );
    expect(handlers).toEqual([]);
    expect(document.querySelector("blockquote")!.textContent).toBe(`“${HOSTILE}”`);
    expect(document.querySelector("blockquote")!.getAttribute("lang")).toBe("und");
    expect(document.querySelector(".meta")!.textContent).toContain("Nov 2024 (known only to the month)");
  });

  it("escapes the speaker's name and the source, and links back to the permalink", async () => {
    const html = await bodyText(await card(String(fixture.trickyId)));
    const { document } = parseHTML(html);
    expect(document.querySelector("h1")!.textContent).toBe(TRICKY_SPEAKER_NAME);
    expect(html).toContain("Zoë O&#39;Brien &amp; Søn &lt;Jr&gt;");
    expect(document.querySelector("footer a")!.getAttribute("href")).toBe(`http://tracker.test/statements/${fixture.trickyId}`);
  });

  it("may be framed by any site but runs no script", async () => {
    const response = await card(String(fixture.trickyId));
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(response.headers.get("x-frame-options")).toBeNull();
  });

  it("is a 404 for drafts, deleted statements and bad ids", async () => {
    for (const id of [String(fixture.draftId), String(fixture.deletedId), "0", "abc"]) {
      const response = await card(id);
      expect(response.status, id).toBe(404);
      expect(await bodyText(response)).not.toContain("draft nobody");
    }
  });
});
