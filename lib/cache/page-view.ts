// Which reader pages are served from the page cache (lib/cache/page-cache-handler.mjs), and how
// a reader's URL travels to their cached twin. Next.js caches whole pages only for routes that
// read nothing from the request, so the proxy rewrites a reader's request (no session, a full page
// load) to a route under /cached/ whose last path segment carries the query and the origin; the
// cached route renders the same page component from those. Everything else (signed-in staff, the
// client router's requests, unusual URLs) goes to the live route as before.

import { dict } from "@/lib/collections/dict";

export const CACHED_ROUTE_PREFIX = "/cached/";

export type CachedView = { origin: string; searchParams: Record<string, string | string[]> };

/** The view's key: origin and query as base64url JSON (one path segment, any characters). */
export function encodeView(origin: string, search: URLSearchParams): string {
  const pairs = [...search.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(JSON.stringify([origin, pairs]), "utf8").toString("base64url");
}

export function decodeView(key: string): CachedView | null {
  try {
    const [origin, pairs] = JSON.parse(Buffer.from(decodeURIComponent(key), "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof origin !== "string" || !/^https?:\/\/[^/]+$/.test(origin) || !Array.isArray(pairs)) return null;
    const searchParams = dict<string | string[]>();
    for (const pair of pairs) {
      if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") return null;
      const [name, value] = pair as [string, string];
      const previous = searchParams[name];
      searchParams[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    return { origin, searchParams };
  } catch {
    return null;
  }
}

const MAX_KEY_LENGTH = 1200;
const SLUG_PATH = /^\/(topics|speakers)\/([a-z0-9][a-z0-9-]{0,99})$/;
const STATEMENT_PATH = /^\/statements\/(\d{1,15})$/;

/**
 * The cached route for a reader's page, or null when the page must be rendered for this request:
 * views the page itself would redirect (empty parameters), the router's own parameters, views of
 * the record as of a past day, and overlong keys.
 */
export function cachedRouteFor(pathname: string, search: URLSearchParams, origin: string): string | null {
  for (const [name, value] of search) if (value.trim() === "" || name.startsWith("_")) return null;
  // The record as of a past day is rebuilt from the history on each request: the tags that
  // expire cached pages follow today's record, and the view must never stand in for today's.
  if (search.has("asOf")) return null;
  const key = encodeView(origin, search);
  if (key.length > MAX_KEY_LENGTH) return null;
  if (pathname === "/") return `${CACHED_ROUTE_PREFIX}timeline/${key}`;
  const slug = SLUG_PATH.exec(pathname);
  if (slug) return `${CACHED_ROUTE_PREFIX}${slug[1]}/${slug[2]}/${key}`;
  const statement = STATEMENT_PATH.exec(pathname);
  if (statement) return `${CACHED_ROUTE_PREFIX}statements/${statement[1]}/${key}`;
  return null;
}
