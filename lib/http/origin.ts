// The public origin for absolute links (feeds, exports, the API, PDFs): PUBLIC_BASE_URL when the
// app runs behind a proxy that changes the host, else the origin the request came to.

export function configuredOrigin(): string | null {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  return configured && /^https?:\/\/[^/]/i.test(configured) ? configured.replace(/\/+$/, "") : null;
}

/** For route handlers, which have the request. */
export function originOf(request: Request): string {
  return configuredOrigin() ?? new URL(request.url).origin;
}

/**
 * The origin the client asked for, from the Host header as pages see it (pageOrigin), for route
 * handlers that compare a URL with the page's own links: Next's request.url may name another
 * host than the one the browser used.
 */
export function requestedOriginOf(request: Request): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || !/^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(host)) return new URL(request.url).origin;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.slice(0, -1);
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
