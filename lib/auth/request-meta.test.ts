// Guards which address the sign-in rate limit counts. By default no forwarding header is trusted:
// the app's server (scripts/serve.ts) replaces X-Forwarded-For with the socket's address, so a
// client that sends its own header, rotating or not, is still counted at its real address. Only
// an operator who sets TRUSTED_PROXY_COUNT makes the app read that many proxies' entries.
import { afterEach, describe, expect, it, vi } from "vitest";
import { stampClientAddress, trustedForwardedFor, trustedProxyCount } from "@/lib/http/client-address";
import { clientAddress, normaliseAddress, requestMetaFrom } from "./request-meta";

/** What a route handler sees after the app's server handled a request from `peer`. */
function seenBehindServer(peer: string, sent: Record<string, string>, proxies?: number): Headers {
  const request = { headers: { ...sent } as Record<string, string | string[] | undefined>, socket: { remoteAddress: peer } };
  stampClientAddress(request, proxies);
  return new Headers(Object.entries(request.headers).filter((e): e is [string, string] => typeof e[1] === "string"));
}

describe("client address", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("trusts no forwarding header by default: the socket's address is the client", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    for (let n = 1; n <= 50; n++) {
      const seen = seenBehindServer("198.51.100.7", {
        "x-forwarded-for": `203.0.113.${n}`,
        "x-real-ip": "203.0.113.99",
        "x-forwarded-host": "evil.example",
      });
      expect(clientAddress(seen)).toBe("198.51.100.7");
      expect(seen.get("x-real-ip")).toBeNull();
      expect(seen.get("x-forwarded-host")).toBeNull();
    }
    expect(clientAddress(seenBehindServer("::ffff:192.0.2.5", {}))).toBe("192.0.2.5");
  });

  it("reads the entries of TRUSTED_PROXY_COUNT proxies, never the ones the client wrote before them", () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "1");
    expect(trustedProxyCount()).toBe(1);
    // client → proxy (appends the client's address) → app
    const seen = seenBehindServer("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(seen.get("x-forwarded-for")).toBe("198.51.100.7, 10.0.0.2");
    expect(clientAddress(seen)).toBe("198.51.100.7");
    vi.stubEnv("TRUSTED_PROXY_COUNT", "2");
    expect(clientAddress(seenBehindServer("10.0.0.3", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }))).toBe("198.51.100.7");
    // Fewer entries than proxies: the request bypassed one; the leftmost entry is all there is.
    expect(clientAddress(seenBehindServer("10.0.0.3", {}))).toBe("10.0.0.3");
  });

  it("ignores a nonsensical TRUSTED_PROXY_COUNT", () => {
    for (const raw of ["-1", "1.5", "abc", "99"]) expect(trustedProxyCount(raw)).toBe(0);
    expect(trustedForwardedFor(undefined, "1.2.3.4", 0)).toBe("unknown");
  });

  it("writes one address one way", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    expect(normaliseAddress("<script>")).toBe("unknown");
  });

  it("keeps a bounded user agent", () => {
    expect(requestMetaFrom(new Headers({ "user-agent": "x".repeat(1000) })).userAgent).toHaveLength(300);
  });
});
