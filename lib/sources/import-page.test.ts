// Import from a web address, end to end on a page served locally: the article text, the details
// from the page's metadata, and what the stored source keeps of the fetch (when, and sha256 of the
// bytes received, which differs from the snapshot's own fingerprint).
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPage } from "./import-page";

const PAGE = `<!doctype html><html><head>
<title>Rutte urges allies | Example News</title>
<meta property="og:title" content="Rutte urges allies to spend more">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-06-24T08:00:00Z">
</head><body><nav>Home · World</nav><article><h1>Rutte urges allies to spend more</h1>
<p>NATO Secretary General Mark Rutte said on Tuesday that allies must spend more on defence, and soon.</p>
<p>“We must do more, and we must do it now,” Rutte told reporters at the summit in The Hague.</p>
<p>He added that the alliance would not be intimidated by threats from Moscow or anywhere else.</p>
</article></body></html>`;

let server: Server;
let base: string;
const local = { allowAddress: (address: string) => address === "127.0.0.1" };

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/moved") {
      response.writeHead(302, { location: "/article" });
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("importPage", () => {
  it("reads the article and its details, and reports when and what was fetched", async () => {
    const before = Date.now();
    const result = await importPage(`${base}/moved`, local);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { page } = result;
    expect(page.url).toBe(`${base}/article`);
    expect(page.title).toBe("Rutte urges allies to spend more");
    expect(page.outlet).toBe("Example News");
    expect(page.publishedOn).toBe("2025-06-24");
    expect(page.text).toContain("“We must do more, and we must do it now,” Rutte told reporters");
    expect(page.text).not.toContain("Home · World");
    expect(page.fetchedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(page.fetchedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(page.sha256).toBe(createHash("sha256").update(PAGE, "utf8").digest("hex"));
  });

  it("answers with a message, not an exception, for an address it may not fetch", async () => {
    expect(await importPage(`${base}/article`)).toEqual({ ok: false, message: expect.stringMatching(/private or local network/) });
  });
});
