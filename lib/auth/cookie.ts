export const SESSION_COOKIE = "tracker_session";
export const SESSION_DAYS = 7;

/** Secure cookies in production, unless COOKIE_SECURE=false (plain HTTP on a private network). */
export function cookieIsSecure(): boolean {
  return process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false";
}

/** How the session cookie is set, by the sign-in form and the sign-in API alike. */
export function sessionCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: "lax", secure: cookieIsSecure(), path: "/", expires: expiresAt } as const;
}

/**
 * Whether the browser will refuse the Secure session cookie: it does on plain-HTTP sites other
 * than localhost, and sign-in would then silently not stick.
 */
export function secureCookieWillBeDropped(requestHeaders: Headers): boolean {
  if (!cookieIsSecure()) return false;
  const host = (requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "").replace(/:\d+$/, "").toLowerCase();
  return requestHeaders.get("x-forwarded-proto") === "http" && !["localhost", "127.0.0.1", "[::1]"].includes(host);
}
