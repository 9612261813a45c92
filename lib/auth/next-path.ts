// Where to go after signing in. Only paths on this site are followed, so `/login?next=` cannot be
// used to send someone to another site ("//evil.example", "/\evil.example", "https://…").
export const AFTER_SIGN_IN = "/manage/statements";

const BASE = "http://statement-tracker.invalid";

export function safeNextPath(raw: unknown, fallback = AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\") || raw.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE || url.pathname === "/login") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInPath(path?: string): string {
  const next = path === undefined ? undefined : safeNextPath(path, "");
  return next ? `/login?next=${encodeURIComponent(next)}` : "/login";
}
