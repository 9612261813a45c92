// Which address a request came from, for the sign-in limits and the session record.
//
// Only the socket's peer address is a fact; X-Forwarded-For is whatever the client (or a proxy)
// wrote. Next.js does not give route handlers or actions the socket, and `next start` keeps a
// client's own X-Forwarded-For (it only fills the header when it is missing). So the app's server
// (scripts/serve.ts, what `npm start` runs) rewrites the header on every request before Next sees
// it: the entries the operator's TRUSTED_PROXY_COUNT proxies wrote, then the socket's address.
// The client is then always the entry TRUSTED_PROXY_COUNT places from the right end:
// - no proxy (the default, 0): the socket's address; whatever the client sent is dropped;
// - N proxies that each append the address they saw: the address the outermost proxy saw.
export const FORWARDED_FOR = "x-forwarded-for";
/** Headers a client could forge that only a trusted proxy may set. */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

const UNKNOWN = "unknown";

/** TRUSTED_PROXY_COUNT: how many reverse proxies in front of the app append to X-Forwarded-For. Default 0. */
export function trustedProxyCount(raw = process.env.TRUSTED_PROXY_COUNT): number {
  const count = Number(raw ?? 0);
  return Number.isInteger(count) && count >= 0 && count <= 10 ? count : 0;
}

const entries = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

/** A bare address: no port, no IPv6 brackets, IPv4-mapped IPv6 written as IPv4; "unknown" for anything else. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = address.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  address = address.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/, "$1");
  return /^[0-9a-f.:]{2,45}$/.test(address) ? address : UNKNOWN;
}

/**
 * The X-Forwarded-For the app's server hands to Next: the last `proxies` entries of what arrived
 * (written by the trusted proxies), then the socket's own address. Older entries are dropped.
 */
export function trustedForwardedFor(peer: string | undefined, received: string | string[] | undefined, proxies: number): string {
  const kept = proxies > 0 ? entries(received).slice(-proxies) : [];
  return [...kept, normaliseAddress(peer ?? "")].join(", ");
}

/** The client's address from an X-Forwarded-For that the app's server wrote (see above). */
export function clientAddressFrom(forwardedFor: string | null, proxies: number): string {
  const chain = entries(forwardedFor ?? undefined);
  if (chain.length === 0) return UNKNOWN;
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - proxies)]!);
}

/**
 * Rewrites a Node request's forwarding headers in place, before Next.js sees it. With no trusted
 * proxy every forwarding header is dropped (Next sets host and protocol from the connection).
 */
export function stampClientAddress(
  request: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  proxies = trustedProxyCount(),
): void {
  const received = request.headers[FORWARDED_FOR];
  if (proxies === 0) for (const name of PROXY_HEADERS) delete request.headers[name];
  request.headers[FORWARDED_FOR] = trustedForwardedFor(request.socket.remoteAddress, received, proxies);
}
