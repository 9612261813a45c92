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
