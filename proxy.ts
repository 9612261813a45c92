// Runs before routing. Two jobs:
// - refuses what Next.js would otherwise answer with a 500 (lib/http/refusals.ts): malformed
//   paths, cross-site or oversized or malformed form posts; JSON for routes, the site's 404 page
//   (with the refusal's status) for pages;
// - deleted statements answer 410 Gone, not 200: their permalinks existed, and archives and search
//   engines should learn that they were withdrawn. (A page cannot set its own status code.)
// - a reader's full page load of a timeline, topic, speaker or statement goes to its cached twin
//   under /cached/ (lib/cache/page-view.ts); those routes are not addressable themselves.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { CACHED_ROUTE_PREFIX, cachedRouteFor } from "@/lib/cache/page-view";
import { requestedOriginOf } from "@/lib/http/origin";
import { actionBodyRefusal, refusalFor, wantsJson } from "@/lib/http/refusals";
import { statementIsDeleted } from "@/lib/statements/deleted";

/** The path as the client sent it (NextURL may decode it). */
function rawPathOf(request: NextRequest): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(request.url);
  return match?.[1] || "/";
}

export async function proxy(request: NextRequest) {
  const rawPath = rawPathOf(request);
  const refusal = refusalFor({ method: request.method, rawPath, headers: request.headers }) ?? (await actionBodyRefusal(request));
  if (refusal) {
    if (wantsJson(rawPath) || request.method !== "GET") {
      return NextResponse.json(
        { error: { status: refusal.status, code: "refused", message: refusal.message } },
        { status: refusal.status, headers: { "Cache-Control": "no-store" } },
      );
    }
    return NextResponse.rewrite(new URL("/refused", request.url), { status: refusal.status });
  }

  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith(CACHED_ROUTE_PREFIX)) return NextResponse.rewrite(new URL("/refused", request.url), { status: 404 });
  // Signed-in staff get pages rendered for them (drafts, deleted statements with their restore
  // controls, the staff bar): never the readers' cached pages, and never stored there.
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();

  const match = /^\/statements\/(\d{1,15})$/.exec(pathname);
  // Anyone may see what a statement deleted since was on a past day (`asOf`): the page decides.
  if (match && !searchParams.has("asOf") && (await statementIsDeleted(Number(match[1])))) {
    return NextResponse.rewrite(new URL(`/statements/${match[1]}/gone`, request.url), { status: 410 });
  }
  // The client router's requests (RSC payloads, prefetches) keep the live route: its state tree
  // names the routes it came from.
  const fullPageLoad = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("rsc");
  const cached = fullPageLoad ? cachedRouteFor(pathname, searchParams, requestedOriginOf(request)) : null;
  if (!cached) return NextResponse.next();
  const rewritten = new URL(cached, request.url);
  rewritten.search = "";
  // Browsers and proxies may keep the page but must ask again: it can change with any write.
  // (Next.js would otherwise send s-maxage of a year.)
  return NextResponse.rewrite(rewritten, { headers: { "Cache-Control": "no-cache" } });
}

// Everything but Next's own static files.
export const config = { matcher: "/((?!_next/static|_next/image|favicon.ico).*)" };
