// The sign-in form's action: sets the session cookie and follows only same-site `next` paths;
// wrong credentials, bad input and rate limits come back as messages with the email kept.
import { cookies } from "next/headers";
import { beforeEach, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { WRONG_CREDENTIALS } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { userForToken } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/state";
import { testRequest } from "@/lib/testing/next-request";
import { createTestUser } from "@/lib/testing/users";
import { signInAction } from "./actions";

const PASSWORD = "correct horse battery staple";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const sessionCookie = async () => (await cookies()).get(SESSION_COOKIE)?.value;

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2]!;
}

let address = 0;
beforeEach(() => {
  testRequest.clearCookies();
  testRequest.setHeader("x-forwarded-for", `198.51.100.${++address}`);
});

describe("signInAction", () => {
  it("signs in, sets the session cookie and goes to the requested page", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    const target = await redirectOf(
      signInAction(initialFormState, form({ email: user.email, password: PASSWORD, next: "/admin/users?x=1" })),
    );
    expect(target).toBe("/admin/users?x=1");
    expect(await userForToken(await sessionCookie())).toEqual(user);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.ipAddress).toBe(`198.51.100.${address}`);
  });

  it("never follows a next path to another site", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    expect(
      await redirectOf(signInAction(initialFormState, form({ email: user.email, password: PASSWORD, next: "//evil.example/x" }))),
    ).toBe("/manage/statements");
  });

  it("answers a wrong password with the generic message, keeps the email and drops the password", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD) });
    const state = await signInAction(initialFormState, form({ email: user.email, password: "not the password", next: "/manage/topics" }));
    expect(state).toEqual({
      ok: false,
      message: WRONG_CREDENTIALS,
      fieldErrors: undefined,
      values: { email: user.email, next: "/manage/topics" },
    });
    expect(await sessionCookie()).toBeUndefined();
  });

  it("puts input errors at their fields", async () => {
    const state = await signInAction(initialFormState, form({ email: "who", password: "" }));
    expect(state.fieldErrors).toEqual({ email: ["Enter an email address like name@example.org."], password: ["Enter your password."] });
    expect(state.values).toEqual({ email: "who", next: "/manage/statements" });
  });

  it("shows the rate limit with the time to wait", async () => {
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: "locked@example.test", ipAddress: "192.0.2.9", succeeded: false })),
    });
    const state = await signInAction(initialFormState, form({ email: "locked@example.test", password: "anything at all" }));
    expect(state.message).toBe("Too many failed sign-in attempts for this email address. Try again in 15 minutes.");
  });

  it("a disabled account gets the same answer as a wrong password and no session", async () => {
    const user = await createTestUser("ANALYST", { passwordHash: await hashPassword(PASSWORD), disabled: true });
    const state = await signInAction(initialFormState, form({ email: user.email, password: PASSWORD }));
    expect(state.message).toBe(WRONG_CREDENTIALS);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
