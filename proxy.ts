// Runs before routing. Two jobs:
// - refuses what Next.js would otherwise answer with a 500 (lib/http/refusals.ts): malformed
//   paths, cross-site or oversized or malformed form posts; JSON for routes, the site's 404 page
//   (with the refusal's status) for pages;
// - deleted statements answer 410 Gone, not 200: their permalinks existed, and archives and search
//   engines should learn that they were withdrawn. (A page cannot set its own status code.)
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
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

  const match = /^\/statements\/(\d{1,15})$/.exec(request.nextUrl.pathname);
  // Signed-in staff see deleted statements with their restore controls, and anyone may see what a
  // statement deleted since was on a past day (`asOf`): the page decides.
  if (!match || request.cookies.has(SESSION_COOKIE) || request.nextUrl.searchParams.has("asOf")) return NextResponse.next();
  if (!(await statementIsDeleted(Number(match[1])))) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/statements/${match[1]}/gone`, request.url), { status: 410 });
}

// Everything but Next's own static files.
export const config = { matcher: "/((?!_next/static|_next/image|favicon.ico).*)" };
