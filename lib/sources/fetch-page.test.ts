// Guards the server against being pointed at itself or its network (SSRF) when it fetches a page
// an analyst pasted: loopback, private, link-local and reserved addresses are refused, before and
// after every redirect; only http/https; size, redirect and time limits. Pages are served from a
// local server; the tests reach it only through fetchPage's allowAddress parameter, which no
// request can set.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, isPublicAddress, PageFetchError, type FetchPageOptions } from "./fetch-page";
import { pageHtml, readPage } from "./read-page";

const ARTICLE = `<!doctype html><html><head>
<title>Rutte presses allies | Example News</title>
<meta property="og:title" content="Rutte presses allies on air defence">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-06-24T09:30:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"Rutte presses allies","datePublished":"2025-06-24T07:30:00Z","author":[{"@type":"Person","name":"Anna Berg"}],"publisher":{"@type":"Organization","name":"Example News Ltd"}}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now!</nav>
<article><h1>Rutte presses allies on air defence</h1>
<p>NATO Secretary General Mark Rutte on Tuesday urged allies to send more air defence systems to Ukraine, saying the coming winter would test the country's energy grid.</p>
<p>“We need more air defence in Ukraine, and we need it before the winter comes,” Rutte told reporters at NATO headquarters in Brussels.</p>
<p>Allies have delivered dozens of systems since 2022, but drone attacks have risen sharply this year, officials said.</p>
</article>
<footer>© Example News. Cookie settings.</footer>
</body></html>`;

let server: Server;
let base: string;
const loopback: FetchPageOptions = { allowAddress: (address) => address === "127.0.0.1" };

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(ARTICLE);
    } else if (path === "/to-article") {
      response.writeHead(302, { location: "/article" });
      response.end();
    } else if (path === "/to-private") {
      response.writeHead(301, { location: "http://10.0.0.7/admin" });
      response.end();
    } else if (path === "/to-metadata") {
      response.writeHead(302, { location: "http://metadata.internal/latest" });
      response.end();
    } else if (path.startsWith("/loop")) {
      response.writeHead(302, { location: `/loop${path.length}` });
      response.end();
    } else if (path === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<p>" + "x".repeat(64 * 1024) + "</p>");
    } else if (path === "/pdf") {
      response.writeHead(200, { "content-type": "application/pdf" });
      response.end("%PDF-1.7");
    } else if (path === "/slow") {
      // never answers
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refused(url: string, options: FetchPageOptions = {}): Promise<string> {
  try {
    await fetchPage(url, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PageFetchError);
    return (error as PageFetchError).code;
  }
  throw new Error(`${url} was fetched`);
}

describe("fetchPage", () => {
  it("fetches a page, follows a redirect, and reads its article and metadata", async () => {
    const page = await fetchPage(`${base}/to-article`, { ...loopback, now: () => new Date("2025-06-25T10:00:00Z") });
    expect(page.url).toBe(`${base}/article`);
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(page.fetchedAt.toISOString()).toBe("2025-06-25T10:00:00.000Z");
    const article = readPage(pageHtml(page.body, page.contentType), page.url);
    expect(article).toMatchObject({
      title: "Rutte presses allies on air defence",
      outlet: "Example News",
      author: "Anna Berg",
      publishedOn: "2025-06-24",
    });
    expect(article.text).toContain("“We need more air defence in Ukraine, and we need it before the winter comes,” Rutte told reporters");
    expect(article.text).not.toMatch(/Subscribe now|Cookie settings/);
  });

  it("refuses loopback, private, link-local and reserved addresses by default", async () => {
    expect(await refused(`${base}/article`)).toBe("BLOCKED_ADDRESS");
    expect(await refused("http://localhost/", { resolve: async () => ["127.0.0.1", "::1"] })).toBe("BLOCKED_ADDRESS");
    for (const address of [
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "240.0.0.1",
      "::1",
      "fe80::1",
      "fc00::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "2001:db8::1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:4700:4700::1111")).toBe(true);
    // A name with one public and one private address is refused: every address is checked.
    expect(await refused("https://mixed.example/", { resolve: async () => ["93.184.216.34", "10.0.0.1"] })).toBe("BLOCKED_ADDRESS");
    expect(await refused("http://[::1]/")).toBe("BLOCKED_ADDRESS");
    expect(await refused("http://2130706433/")).toBe("BLOCKED_ADDRESS"); // 127.0.0.1 written as a number
  });

  it("checks the address again after each redirect", async () => {
    expect(await refused(`${base}/to-private`, loopback)).toBe("BLOCKED_ADDRESS");
    expect(await refused(`${base}/to-metadata`, { ...loopback, resolve: async () => ["169.254.169.254"] })).toBe("BLOCKED_ADDRESS");
  });

  it("fetches only http and https, without credentials, within redirect, size and time limits", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/", "javascript:alert(1)", "gopher://example.com/", "not a url"])
      expect(await refused(url)).toBe("INVALID_URL");
    expect(await refused("https://user:secret@example.com/")).toBe("INVALID_URL");
    expect(await refused(`${base}/loop`, loopback)).toBe("TOO_MANY_REDIRECTS");
    expect(await refused(`${base}/huge`, { ...loopback, maxBytes: 16 * 1024 })).toBe("TOO_LARGE");
    expect(await refused(`${base}/pdf`, loopback)).toBe("NOT_HTML");
    expect(await refused(`${base}/missing`, loopback)).toBe("HTTP");
    expect(await refused(`${base}/slow`, { ...loopback, timeoutMs: 300 })).toBe("TIMEOUT");
  });
});
