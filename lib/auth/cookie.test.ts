import { afterEach, describe, expect, it, vi } from "vitest";
import { cookieIsSecure, secureCookieWillBeDropped, sessionCookieOptions } from "./cookie";

const request = (host: string, proto: string) => new Headers({ host, "x-forwarded-proto": proto });

describe("session cookie", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is httpOnly and SameSite=Lax always, Secure in production unless COOKIE_SECURE=false", () => {
    const expires = new Date("2030-01-01T00:00:00Z");
    vi.stubEnv("NODE_ENV", "development");
    expect(sessionCookieOptions(expires)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", expires });
    vi.stubEnv("NODE_ENV", "production");
    expect(cookieIsSecure()).toBe(true);
    vi.stubEnv("COOKIE_SECURE", "false");
    expect(cookieIsSecure()).toBe(false);
  });

  it("warns when a Secure cookie would be dropped on a plain-HTTP site that is not localhost", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(secureCookieWillBeDropped(request("192.0.2.2:3000", "http"))).toBe(true);
    expect(secureCookieWillBeDropped(request("tracker.example.org", "https"))).toBe(false);
    expect(secureCookieWillBeDropped(request("localhost:3000", "http"))).toBe(false);
    expect(secureCookieWillBeDropped(request("127.0.0.1:3000", "http"))).toBe(false);
    vi.stubEnv("COOKIE_SECURE", "false");
    expect(secureCookieWillBeDropped(request("192.0.2.2:3000", "http"))).toBe(false);
  });
});
