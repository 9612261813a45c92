// Compression for scripts/serve.ts, done once per version of a cached page. Next gzips every
// response it sends, and a cached page (the timeline's 233 KB of HTML) is gzipped again for every
// reader: at 100k statements that was a quarter of the server's CPU under load. Here a response
// that Next sends whole with an ETag (a page from its cache) is gzipped once and its compressed
// bytes kept, keyed by URL and encoding, while its ETag stays the same; a changed page has a new
// ETag and replaces them. Everything else (streamed pages, signed-in pages, route handlers) is
// compressed as Next would, by the same `compression` middleware Next uses, so what a client
// receives is unchanged: the same bytes once decompressed, the same ETag and 304s (still Next's),
// Vary: Accept-Encoding.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
// @ts-expect-error Next's own copy of `compression` 1.7 ships without types.
import compressionMiddleware from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const gzipAsync = promisify(gzip);

/** As `compression` decides: bodies under 1 KB are not worth compressing. */
const THRESHOLD = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)\b)/i;

interface Entry {
  etag: string;
  /** Pending while the first request for this version compresses it; later ones wait for it rather than compress it again. */
  body: Promise<Buffer>;
  size: number;
}

/**
 * Whether the client takes gzip rather than the bytes as they are, by the q values of its
 * Accept-Encoding (RFC 9110 §12.5.3). Like `compression`, gzip wins a tie with identity.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (coding) q.set(coding, weight === undefined ? 1 : Number(weight));
  }
  const gzipQ = q.get("gzip") ?? q.get("*") ?? 0;
  // Not named, identity counts as the least preferred coding named (as `compression` reads it).
  const identityQ = q.get("identity") ?? q.get("*") ?? Math.min(1, ...[...q.values()].map((v) => v || 1));
  return gzipQ > 0 && gzipQ >= identityQ;
}

/** Whether a finished response may be kept and sent to other readers: nothing private, nothing set for one client. */
function shareable(response: ServerResponse): string | null {
  const etag = response.getHeader("etag");
  if (typeof etag !== "string" || response.statusCode !== 200) return null;
  if (response.hasHeader("set-cookie") || response.hasHeader("content-encoding")) return null;
  const cacheControl = String(response.getHeader("cache-control") ?? "").toLowerCase();
  if (/\b(private|no-store|no-transform)\b/.test(cacheControl)) return null;
  if (!COMPRESSIBLE.test(String(response.getHeader("content-type") ?? ""))) return null;
  return etag;
}

function addVary(response: ServerResponse, field: string) {
  const vary = String(response.getHeader("vary") ?? "");
  if (!vary.split(",").some((v) => v.trim().toLowerCase() === field.toLowerCase() || v.trim() === "*"))
    response.setHeader("Vary", vary ? `${vary}, ${field}` : field);
}

/**
 * Which response for a URL this is: the request headers it varies on are part of the key (Next
 * sends the HTML of a page or its RSC payload for the same URL, by the RSC header), so each
 * variant keeps its own compressed bytes rather than the two replacing each other.
 */
function variant(request: IncomingMessage, response: ServerResponse, url: string): string {
  const fields = String(response.getHeader("vary") ?? "")
    .toLowerCase()
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f && f !== "accept-encoding");
  return [`gzip ${url}`, ...fields.map((f) => `${f}: ${String(request.headers[f] ?? "")}`)].join("\n");
}

export class CompressOnce {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly compress: Middleware = compressionMiddleware();
  /** Compressions made and compressed bodies sent again: what the tests observe. */
  readonly counts = { compressed: 0, reused: 0 };

  /** `maxBytes` bounds the compressed bodies kept (least recently sent go first). */
  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  /** Compresses what `next` sends on `response`; call it before Next sees the request. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void) {
    this.compress(request, response, () => {});
    // As Next does after `compression`: on a client that went away mid-response the middleware
    // never ends its zlib stream, which then outlives the response.
    response.once("close", () => {
      if (!response.writableFinished) releaseCompressionStream(response);
    });
    // The URL as the client asked for it, before anything rewrites it.
    const url = `${request.headers.host ?? ""} ${request.url}`;
    if (request.method === "GET" && acceptsGzip(request.headers["accept-encoding"])) {
      // `compression`'s end, which sends a body that is already encoded as it is.
      const end = response.end.bind(response) as (body: string | Buffer) => ServerResponse;
      response.end = ((chunk?: unknown, ...rest: unknown[]) => {
        // Next sends a cached page as one string, with nothing written before and no callback.
        // Its length in characters is a lower bound of its bytes: no need to encode it to know.
        const whole = (typeof chunk === "string" || Buffer.isBuffer(chunk)) && rest.length === 0 && !response.headersSent;
        const etag = whole && chunk.length >= THRESHOLD ? shareable(response) : null;
        if (!etag) return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
        this.compressed(variant(request, response, url), etag, chunk as string | Buffer).then(
          (body) => {
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Content-Length", body.length);
            addVary(response, "Accept-Encoding");
            end(body);
          },
          // Not kept: `compression` compresses it as it would any other response.
          () => end(chunk as string | Buffer),
        );
        return response;
      }) as ServerResponse["end"];
    }
    next();
  }

  /** The gzipped `payload`, compressed now or kept from an earlier response with the same ETag. */
  private compressed(key: string, etag: string, payload: string | Buffer): Promise<Buffer> {
    const kept = this.entries.get(key);
    if (kept?.etag === etag) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.counts.reused++;
      return kept.body;
    }
    this.counts.compressed++;
    const entry: Entry = { etag, body: gzipAsync(payload), size: 0 };
    this.forget(key);
    this.entries.set(key, entry);
    entry.body.then(
      (body) => {
        if (this.entries.get(key) !== entry) return;
        entry.size = body.length;
        this.bytes += body.length;
        for (const [oldest] of this.entries) {
          if (this.bytes <= this.maxBytes) break;
          this.forget(oldest);
        }
      },
      () => this.forget(key),
    );
    return entry.body;
  }

  private forget(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.size;
    this.entries.delete(key);
  }
}
