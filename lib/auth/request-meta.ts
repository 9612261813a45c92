// Who is signing in from where: the client address for rate limiting and the session record.
//
// `next start` fills X-Forwarded-For with the connection's address only when the request has no
// such header (Next's base server: `x-forwarded-for ??= socket.remoteAddress`). A reverse proxy
// appends the address it saw, so the trustworthy entry is counted from the right: with
// TRUSTED_PROXY_COUNT proxies that each append (default 1, also right when there is none), it is
// that many places from the end. Entries further left are whatever the client sent.
import { headers } from "next/headers";

export interface RequestMeta {
  ipAddress: string;
  userAgent: string;
}

const UNKNOWN = "unknown";

function trustedProxyCount(): number {
  const count = Number(process.env.TRUSTED_PROXY_COUNT ?? 1);
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

/** A bare address: no port, no IPv6 brackets, IPv4-mapped IPv6 written as IPv4. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = address.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  address = address.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/, "$1");
  return /^[0-9a-f.:]{2,45}$/.test(address) ? address : UNKNOWN;
}

export function clientAddress(requestHeaders: Headers, proxies = trustedProxyCount()): string {
  const forwarded = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = forwarded.length > 0 ? forwarded[Math.max(0, forwarded.length - proxies)] : requestHeaders.get("x-real-ip");
  return entry ? normaliseAddress(entry) : UNKNOWN;
}

export function requestMetaFrom(requestHeaders: Headers): RequestMeta {
  return { ipAddress: clientAddress(requestHeaders), userAgent: (requestHeaders.get("user-agent") ?? "").slice(0, 300) };
}

/** The meta of the request a server action or server component is running in. */
export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
