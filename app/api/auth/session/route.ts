// The sign-in API: POST {email, password} as JSON starts a session (same rules and cookie as the
// form), DELETE ends the caller's session. Requests must come from this site: JSON only (a
// cross-site page cannot send it without a CORS preflight, which is never granted) and a matching
// Origin header when the browser sends one.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/cookie";
import { signIn } from "@/lib/auth/login";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { revokeSession } from "@/lib/auth/sessions";
import { ServerBusyError } from "@/lib/db/write-queue";

const noStore = { "Cache-Control": "no-store" };

function refusal(status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return NextResponse.json({ error, ...extra }, { status, headers: { ...noStore, ...headers } });
}

function crossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: NextRequest) {
  if (crossSite(request)) return refusal(403, "Sign-in requests must come from this site.");
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return refusal(415, 'Send the credentials as JSON: {"email": "…", "password": "…"}.');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refusal(400, "The request body is not valid JSON.");
  }
  const credentials = body && typeof body === "object" ? (body as { email?: unknown; password?: unknown }) : {};

  try {
    const result = await signIn(credentials, requestMetaFrom(request.headers));
    if (!result.ok) {
      if (result.reason === "invalid") return refusal(400, result.message, { fieldErrors: result.fieldErrors });
      if (result.reason === "rate-limited" || result.reason === "busy")
        return refusal(429, result.message, {}, { "Retry-After": String(result.retryAfterSeconds) });
      return refusal(401, result.message);
    }
    const previousToken = request.cookies.get(SESSION_COOKIE)?.value;
    if (previousToken) await revokeSession(previousToken);
    const response = NextResponse.json({ user: result.user, expiresAt: result.expiresAt.toISOString() }, { headers: noStore });
    response.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt));
    return response;
  } catch (error) {
    if (error instanceof ServerBusyError) return refusal(503, error.message, {}, { "Retry-After": String(error.retryAfterSeconds) });
    console.error("Sign-in failed unexpectedly:", error);
    return refusal(500, "Signing in failed because of a problem on the server. Please try again.");
  }
}

export async function DELETE(request: NextRequest) {
  if (crossSite(request)) return refusal(403, "Sign-out requests must come from this site.");
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(token);
  const response = NextResponse.json({ signedOut: true }, { headers: noStore });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}
