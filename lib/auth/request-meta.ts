// Who is signing in from where: the client address for rate limiting and the session record.
// The address is the one the app's server established (lib/http/client-address.ts): the socket's
// peer, or with TRUSTED_PROXY_COUNT proxies in front, the address the outermost one saw.
import { headers } from "next/headers";
import { clientAddressFrom, trustedProxyCount } from "@/lib/http/client-address";

export { normaliseAddress } from "@/lib/http/client-address";

export interface RequestMeta {
  ipAddress: string;
  userAgent: string;
}

export function clientAddress(requestHeaders: Headers, proxies = trustedProxyCount()): string {
  return clientAddressFrom(requestHeaders.get("x-forwarded-for"), proxies);
}

export function requestMetaFrom(requestHeaders: Headers): RequestMeta {
  return { ipAddress: clientAddress(requestHeaders), userAgent: (requestHeaders.get("user-agent") ?? "").slice(0, 300) };
}

/** The meta of the request a server action or server component is running in. */
export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
