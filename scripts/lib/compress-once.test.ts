// The rules of compressing a cached page once (scripts/serve.ts), against a real HTTP server whose
// handler sends pages the way Next does (its own ETag and 304 functions). Guards a boundary: a
// response for one signed-in reader (Set-Cookie, Cache-Control private/no-store) is never kept and
// sent to another, even when its ETag matches.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { generateETag } from "next/dist/server/lib/etag";
import { sendEtagResponse } from "next/dist/server/send-payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, CompressOnce } from "./compress-once";

const page = (label: string) =>
  `<!DOCTYPE html><html><body><h1>${label}</h1>${"<p>A statement on defence spending.</p>".repeat(200)}</body></html>`;
const pages = new Map<string, string>([
  ["/", page("Timeline")],
  ["/topics/a", page("Topic A")],
  ["/topics/b", page("Topic B")],
  ["/topics/c", page("Topic C")],
]);

/** As Next's sendRenderResult sends a page from its cache: ETag of the payload, 304 when it matches, then the whole body at once. */
function sendCached(
  request: IncomingMessage,
  response: ServerResponse,
  payload: string,
  headers: Record<string, string> = {},
  etag = generateETag(payload),
) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("Cache-Control", headers["Cache-Control"] ?? "s-maxage=31536000");
  if (sendEtagResponse(request, response, etag)) return;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Content-Length", Buffer.byteLength(payload));
  response.end(payload);
}

function app(request: IncomingMessage, response: ServerResponse) {
  const url = request.url ?? "/";
  const cookie = request.headers.cookie ?? "";
  if (url === "/signed-in")
    // The same ETag for every reader on purpose: only the rules, not the ETag, may keep them apart.
    return sendCached(request, response, page(`Signed in as ${cookie}`), { "Set-Cookie": `seen=${cookie}` }, '"same"');
  if (url === "/private")
    return sendCached(request, response, page(`Private to ${cookie}`), { "Cache-Control": "private, no-store" }, '"same"');
  if (url === "/stream") {
    // A streamed page, flushed chunk by chunk as Next flushes.
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.write(page("First part"));
    (response as ServerResponse & { flush(): void }).flush();
    setImmediate(() => response.end(page("Second part")));
    return;
  }
  if (request.headers.rsc) {
    // As Next answers a client-side navigation: the page's RSC payload at the same URL.
    response.setHeader("Vary", "rsc, next-router-state-tree");
    return sendCached(request, response, `${pages.get(url)}`.replace("<!DOCTYPE html>", "0:rsc"));
  }
  const payload = pages.get(url);
  if (!payload) return void response.writeHead(404).end();
  sendCached(request, response, payload);
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  text: string;
}

let base = "";
let compression = new CompressOnce();
const server = http.createServer((request, response) => compression.handle(request, response, () => app(request, response)));

function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const decode = { gzip: gunzipSync, deflate: inflateSync }[response.headers["content-encoding"] ?? ""] ?? ((b: Buffer) => b);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, text: decode(raw).toString() });
        });
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("compressing a cached page once", () => {
  it("sends the same compressed bytes again while the page's ETag is the same, and new ones once the page changed", async () => {
    compression = new CompressOnce();
    const first = await get("/");
    const second = await get("/");
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(first.headers.etag).toBe(generateETag(pages.get("/")!));
    expect(Number(first.headers["content-length"])).toBe(first.raw.length);
    expect(first.text).toBe(pages.get("/"));
    expect(second.raw.equals(first.raw)).toBe(true);
    expect(compression.counts).toEqual({ compressed: 1, reused: 1 });

    pages.set("/", page("Timeline, after a write"));
    const changed = await get("/");
    expect(changed.headers.etag).toBe(generateETag(pages.get("/")!));
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.text).toBe(pages.get("/"));
    expect(compression.counts).toEqual({ compressed: 2, reused: 1 });
  });

  it("keeps each URL's bytes apart, and each variant of a URL by the request headers it varies on", async () => {
    compression = new CompressOnce();
    const rsc = { "accept-encoding": "gzip", rsc: "1" };
    expect((await get("/topics/a")).text).toBe(pages.get("/topics/a"));
    expect((await get("/topics/b")).text).toBe(pages.get("/topics/b"));
    expect((await get("/topics/a", rsc)).text).toMatch(/^0:rsc/);
    expect((await get("/topics/a")).text).toBe(pages.get("/topics/a"));
    expect((await get("/topics/a", rsc)).text).toMatch(/^0:rsc/);
    expect(compression.counts).toEqual({ compressed: 3, reused: 2 });
  });

  it("sends uncompressed bytes to a client that does not take gzip, and gzip again to the next that does", async () => {
    compression = new CompressOnce();
    for (const acceptEncoding of [undefined, "identity", "br", "gzip;q=0.5, identity", "gzip;q=0, deflate"]) {
      const reply = await get("/", acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding });
      // Deflate only as Next sent it, by the same `compression` middleware, and never kept.
      expect(reply.headers["content-encoding"], acceptEncoding).toBe(acceptEncoding?.includes("deflate") ? "deflate" : undefined);
      expect(reply.text).toBe(pages.get("/"));
      expect(reply.headers.vary).toMatch(/accept-encoding/i);
    }
    const gzipped = await get("/", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.text).toBe(pages.get("/"));
    expect(compression.counts).toEqual({ compressed: 1, reused: 0 });
  });

  it("still answers a conditional request whose ETag matches with 304 and no body", async () => {
    compression = new CompressOnce();
    const { headers } = await get("/");
    const notModified = await get("/", { "accept-encoding": "gzip", "if-none-match": headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.raw.length).toBe(0);
    expect(notModified.headers.etag).toBe(headers.etag);
  });

  it("never keeps a response that sets a cookie or is private, even under the same ETag", async () => {
    compression = new CompressOnce();
    for (const path of ["/signed-in", "/private"]) {
      const ana = await get(path, { "accept-encoding": "gzip", cookie: "ana" });
      const ben = await get(path, { "accept-encoding": "gzip", cookie: "ben" });
      // Still compressed, as Next compressed them, but each for its own reader.
      expect(ana.headers["content-encoding"]).toBe("gzip");
      expect(ana.text).toContain("ana");
      expect(ben.text).toContain("ben");
      expect(ben.text).not.toContain("ana");
    }
    expect(compression.counts).toEqual({ compressed: 0, reused: 0 });
  });

  it("compresses a streamed page as it streams, without keeping it", async () => {
    compression = new CompressOnce();
    const reply = await get("/stream");
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.text).toBe(page("First part") + page("Second part"));
    expect(compression.counts).toEqual({ compressed: 0, reused: 0 });
  });

  it("keeps compressed bytes up to its bound, forgetting the least recently sent first", async () => {
    const sizes = ["a", "b", "c"].map((t) => gzipSync(pages.get(`/topics/${t}`)!).length);
    // Room for two of the three pages (of about the same size), not for three.
    compression = new CompressOnce(2 * Math.max(...sizes));
    for (const path of ["/topics/a", "/topics/b", "/topics/a", "/topics/c", "/topics/a", "/topics/b"]) await get(path);
    // b, sent least recently when c came, was forgotten and compressed again; a was kept throughout.
    expect(compression.counts).toEqual({ compressed: 4, reused: 2 });
  });
});

describe("acceptsGzip", () => {
  it("reads the q values of Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP;q=0.8")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0.5, identity")).toBe(false);
  });
});
