// Fetching a page an analyst pasted the address of, without letting the server be pointed at
// itself or its network (SSRF): http/https only, no credentials in the address; the host is
// resolved and every address checked (loopback, private, link-local, carrier-grade NAT,
// multicast, reserved, documentation, IPv4-mapped IPv6 …), the connection is made to the address
// that was checked (no second lookup to rebind), redirects are followed by hand (each new address
// checked again), at most MAX_REDIRECTS; the whole exchange has a time limit and the body a size limit.
import { createHash } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

export const MAX_REDIRECTS = 5;
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;

// Two lists: one BlockList judges an IPv4 address by its IPv6 rules too (::ffff:0:0/96 holds them all).
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked4.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked6.addSubnet(net, prefix, "ipv6");

/** Whether an address is one a page may be fetched from: public unicast only. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked4.check(address, "ipv4");
  if (family === 6) {
    // IPv4-mapped and -compatible forms are refused outright: a public page never needs them.
    const mapped = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return false;
    return !blocked6.check(address, "ipv6");
  }
  return false;
}

export type FetchErrorCode =
  "INVALID_URL" | "BLOCKED_ADDRESS" | "DNS" | "TOO_MANY_REDIRECTS" | "TIMEOUT" | "TOO_LARGE" | "HTTP" | "NOT_HTML" | "NETWORK";

export class PageFetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PageFetchError";
  }
}

export interface FetchedPage {
  /** The address the page was finally read from (after redirects). */
  url: string;
  contentType: string;
  body: Uint8Array;
  /** sha256 of the bytes fetched, hex. */
  sha256: string;
  fetchedAt: Date;
}

export interface FetchPageOptions {
  /** Resolves a host name to addresses; the system resolver by default. */
  resolve?: (host: string) => Promise<string[]>;
  /**
   * Decides whether an address may be connected to; public unicast only by default. A parameter of
   * the function, not a setting: tests pass one to reach their own 127.0.0.1 server, and no request
   * can reach it.
   */
  allowAddress?: (address: string) => boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  now?: () => Date;
}

const systemResolve = async (host: string) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** The address as a URL, or why it cannot be fetched. */
export function parsePageUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PageFetchError("INVALID_URL", "Enter a full web address starting with https:// or http://.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new PageFetchError("INVALID_URL", "Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw new PageFetchError("INVALID_URL", "The address must not contain a user name or password.");
  if (!url.hostname) throw new PageFetchError("INVALID_URL", "The address has no host name.");
  return url;
}

async function checkedAddress(url: URL, options: FetchPageOptions): Promise<{ address: string; family: 4 | 6 }> {
  const allow = options.allowAddress ?? isPublicAddress;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? systemResolve)(host);
    } catch {
      throw new PageFetchError("DNS", `The host “${host}” could not be found.`);
    }
  }
  if (addresses.length === 0) throw new PageFetchError("DNS", `The host “${host}” could not be found.`);
  // Every address must be allowed: a host that also resolves to a private address is refused.
  if (!addresses.every((a) => allow(a)))
    throw new PageFetchError("BLOCKED_ADDRESS", "That address points to a private or local network and cannot be fetched.");
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

interface Response {
  status: number;
  location: string | null;
  contentType: string;
  body: Uint8Array;
}

function requestOnce(url: URL, pinned: { address: string; family: 4 | 6 }, maxBytes: number, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "GET",
        signal,
        headers: { "user-agent": "StatementTracker/1.0 (page import)", accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5" },
        // Connect to the address that was checked, whatever the name resolves to now.
        lookup: (_host, _opts, callback) => callback(null, [{ address: pinned.address, family: pinned.family }] as never, pinned.family),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === "string" ? response.headers.location : null;
        const contentType = String(response.headers["content-type"] ?? "");
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({ status, location, contentType, body: new Uint8Array() });
          return;
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          response.destroy();
          reject(new PageFetchError("TOO_LARGE", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(new PageFetchError("TOO_LARGE", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, location, contentType, body: new Uint8Array(Buffer.concat(chunks)) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Fetches a page with the checks above; throws PageFetchError with a message for the analyst. */
export async function fetchPage(raw: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    let url = parsePageUrl(raw);
    for (let hop = 0; ; hop++) {
      const pinned = await checkedAddress(url, options);
      let response: Response;
      try {
        response = await requestOnce(url, pinned, maxBytes, controller.signal);
      } catch (error) {
        if (error instanceof PageFetchError) throw error;
        if (controller.signal.aborted) throw new PageFetchError("TIMEOUT", "The page took too long to answer.");
        throw new PageFetchError("NETWORK", "The page could not be reached.");
      }
      if (response.status >= 300 && response.status < 400 && response.location) {
        if (hop >= maxRedirects) throw new PageFetchError("TOO_MANY_REDIRECTS", `The page redirected more than ${maxRedirects} times.`);
        url = parsePageUrl(new URL(response.location, url).toString());
        continue;
      }
      if (response.status < 200 || response.status >= 300)
        throw new PageFetchError("HTTP", `The page answered with status ${response.status}.`);
      if (!/^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(response.contentType || "text/html")) {
        throw new PageFetchError("NOT_HTML", "The address is not a web page (HTML or text).");
      }
      return {
        url: url.toString(),
        contentType: response.contentType,
        body: response.body,
        sha256: createHash("sha256").update(response.body).digest("hex"),
        fetchedAt: (options.now ?? (() => new Date()))(),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
