// The public origin for absolute links (feeds, JSON-LD, PDFs): PUBLIC_BASE_URL when the app runs
// behind a proxy that changes the host, else the origin the request came to.
import "server-only";
import { headers } from "next/headers";

export function configuredOrigin(): string | null {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  return configured && /^https?:\/\/[^/]/i.test(configured) ? configured.replace(/\/+$/, "") : null;
}

/** For route handlers, which have the request. */
export function originOf(request: Request): string {
  return configuredOrigin() ?? new URL(request.url).origin;
}

/** For pages, which only see the request's headers. */
export async function pageOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
