export const SESSION_COOKIE = "tracker_session";
export const SESSION_DAYS = 7;

/** Secure cookies in production, unless COOKIE_SECURE=false (plain HTTP on a private network). */
export function cookieIsSecure(): boolean {
  return process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false";
}
