// Guards which address the sign-in rate limit counts: the entry the nearest proxy (or Next.js
// itself) wrote, never one the client can choose by sending its own X-Forwarded-For.
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, normaliseAddress, requestMetaFrom } from "./request-meta";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientAddress", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes the address Next.js or the nearest proxy appended, not what the client sent", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("counts further proxies from the right when told how many there are", () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "2");
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }))).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("falls back to X-Real-IP, then to a shared 'unknown'", () => {
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientAddress(headers({}))).toBe("unknown");
    expect(clientAddress(headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
  });

  it("writes one address one way", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("203.0.113.9:5000")).toBe("203.0.113.9");
  });

  it("keeps a bounded user agent", () => {
    expect(requestMetaFrom(headers({ "user-agent": "x".repeat(1000) })).userAgent).toHaveLength(300);
  });
});
