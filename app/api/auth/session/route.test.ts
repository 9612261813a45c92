// The sign-in API: status codes, the cookie's flags, and refusals of cross-site or non-JSON requests.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { WRONG_CREDENTIALS } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { userForToken } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/users";
import { DELETE, POST } from "./route";

const PASSWORD = "correct horse battery staple";
let address = 0;

function post(body: unknown, headers: Record<string, string> = {}) {
  return new NextRequest("http://tracker.test/api/auth/session", {
    method: "POST",
    headers: { host: "tracker.test", "content-type": "application/json", "x-forwarded-for": `198.51.100.${++address}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const tokenFrom = (response: Response) => response.headers.get("set-cookie")?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))?.[1];

describe("POST /api/auth/session", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("signs in with a session cookie that is httpOnly, SameSite=Lax and Secure in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const user = await createTestUser("ADMIN", { passwordHash: await hashPassword(PASSWORD) });
    const response = await POST(post({ email: user.email, password: PASSWORD }, { origin: "http://tracker.test" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { id: user.id, email: user.email, role: "ADMIN" } });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Path=\//);
    expect(await userForToken(tokenFrom(response))).toMatchObject({ id: user.id });
  });

  it("leaves Secure off when COOKIE_SECURE=false", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("COOKIE_SECURE", "false");
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    const response = await POST(post({ email: user.email, password: PASSWORD }));
    expect(response.headers.get("set-cookie")).not.toMatch(/Secure/i);
  });

  it("answers 401 for wrong credentials, 400 for bad input, 429 with Retry-After when limited", async () => {
    const wrong = await POST(post({ email: "nobody@example.test", password: "whatever it is" }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: WRONG_CREDENTIALS });
    expect(wrong.headers.get("set-cookie")).toBeNull();

    const bad = await POST(post({ email: "" }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toMatchObject({ email: expect.any(Array), password: ["Enter your password."] });
    expect((await POST(post("{not json"))).status).toBe(400);
    expect((await POST(post("[1,2]"))).status).toBe(400);

    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: "limited@example.test", ipAddress: "192.0.2.9", succeeded: false })),
    });
    const limited = await POST(post({ email: "limited@example.test", password: "whatever it is" }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(800);
  });

  it("refuses cross-site and non-JSON requests before looking at the credentials", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    const crossSite = await POST(post({ email: user.email, password: PASSWORD }, { origin: "https://evil.example" }));
    expect(crossSite.status).toBe(403);
    const form = await POST(post({ email: user.email, password: PASSWORD }, { "content-type": "text/plain" }));
    expect(form.status).toBe(415);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(0);
  });
});

describe("DELETE /api/auth/session", () => {
  it("ends the caller's session and clears the cookie", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    const token = tokenFrom(await POST(post({ email: user.email, password: PASSWORD })));
    const response = await DELETE(
      new NextRequest("http://tracker.test/api/auth/session", {
        method: "DELETE",
        headers: { host: "tracker.test", cookie: `${SESSION_COOKIE}=${token}` },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect(await userForToken(token)).toBeNull();
  });
});
