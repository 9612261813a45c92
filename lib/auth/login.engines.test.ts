// Guards the sign-in boundary: the same answer for every wrong credential, rate limits per
// account and per client address that even the right password cannot pass, and sessions only
// for active accounts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/users";
import { hashSlots } from "./hash-slots";
import { BUSY, SIGN_IN_LIMITS, signIn, WRONG_CREDENTIALS } from "./login";
import { hashPassword } from "./password";
import { userForToken } from "./sessions";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;
let address = 0;
/** Each test signs in from its own address, so their per-address counts stay apart. */
const freshMeta = () => ({ ipAddress: `198.51.100.${++address}`, userAgent: "vitest" });

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function recordFailures(count: number, where: { email?: string; ipAddress?: string }, minutesAgo = 1) {
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  await db.loginAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      email: where.email ?? `someone-${i}@example.test`,
      ipAddress: where.ipAddress ?? "192.0.2.200",
      succeeded: false,
      createdAt,
    })),
  });
}

describe("signIn", () => {
  it("starts a session for the right password, whatever the email's case and spacing", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    const result = await signIn({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, freshMeta());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual(user);
    expect(await userForToken(result.token)).toEqual(user);
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email } });
    expect(attempts.map((a) => a.succeeded)).toEqual([true]);
  });

  it("gives one answer for a wrong password, an unknown email and a disabled account", async () => {
    const active = await createTestUser("ANALYST", { passwordHash });
    const disabled = await createTestUser("ANALYST", { passwordHash, disabled: true });
    const answers = await Promise.all([
      signIn({ email: active.email, password: "wrong password here" }, freshMeta()),
      signIn({ email: "nobody@example.test", password: PASSWORD }, freshMeta()),
      signIn({ email: disabled.email, password: PASSWORD }, freshMeta()),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "credentials", message: WRONG_CREDENTIALS });
    expect(await db.session.count({ where: { userId: { in: [active.id, disabled.id] } } })).toBe(0);
    expect(
      await db.loginAttempt.count({ where: { email: { in: [active.email, disabled.email, "nobody@example.test"] }, succeeded: false } }),
    ).toBe(3);
  });

  it("answers bad input at its fields without counting an attempt", async () => {
    const result = await signIn({ email: "not-an-email", password: "" }, freshMeta());
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") return;
    expect(result.fieldErrors.email?.[0]).toMatch(/email address like/);
    expect(result.fieldErrors.password).toEqual(["Enter your password."]);
    expect(await signIn({ email: 42, password: ["x"] }, freshMeta())).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.loginAttempt.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("locks an email address after 5 failures in 15 minutes, even for the right password, and says when to retry", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await signIn({ email: user.email, password: `wrong guess ${i}` }, freshMeta())).toMatchObject({ reason: "credentials" });
    }
    const locked = await signIn({ email: user.email, password: PASSWORD }, freshMeta());
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    if (locked.ok || locked.reason !== "rate-limited") return;
    expect(locked.message).toBe("Too many failed sign-in attempts for this email address. Try again in 15 minutes.");
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Refused attempts are not recorded, so the promised time holds, and they cost no password hash.
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.perAccount);
    const hashes = hashSlots.stats().started;
    for (let i = 0; i < 3; i++)
      expect(await signIn({ email: user.email, password: PASSWORD }, freshMeta())).toMatchObject({ reason: "rate-limited" });
    expect(hashSlots.stats().started).toBe(hashes);
  });

  it("refuses with a retry time, without counting an attempt, when every hashing slot and the queue are taken", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const blockers: Promise<void>[] = [];
    while (hashSlots.stats().waiting < hashSlots.maxWaiting) blockers.push(hashSlots.run(() => held));
    try {
      const busy = await signIn({ email: user.email, password: PASSWORD }, freshMeta());
      expect(busy).toEqual({ ok: false, reason: "busy", message: BUSY, retryAfterSeconds: hashSlots.retryAfterSeconds });
      expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(0);
    } finally {
      release();
      await Promise.all(blockers);
    }
    expect(await signIn({ email: user.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
  });

  it("locks unknown email addresses the same way, so the limit reveals nothing", async () => {
    await recordFailures(SIGN_IN_LIMITS.perAccount, { email: "ghost@example.test" }, 10);
    const locked = await signIn({ email: "ghost@example.test", password: PASSWORD }, freshMeta());
    expect(locked).toMatchObject({
      reason: "rate-limited",
      message: "Too many failed sign-in attempts for this email address. Try again in 5 minutes.",
    });
  });

  it("forgets failures older than the window and those before a successful sign-in", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    await recordFailures(SIGN_IN_LIMITS.perAccount, { email: user.email }, 16);
    expect(await signIn({ email: user.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });

    await db.loginAttempt.updateMany({ where: { email: user.email }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    await db.loginAttempt.updateMany({
      where: { email: user.email, succeeded: true },
      data: { createdAt: new Date(Date.now() - 2 * 60_000) },
    });
    await recordFailures(SIGN_IN_LIMITS.perAccount - 1, { email: user.email });
    expect(await signIn({ email: user.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
  });

  it("limits a client address to 20 failures across all email addresses; successes do not count", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    const meta = { ipAddress: "192.0.2.77", userAgent: "vitest" };
    for (let i = 0; i < 3; i++) expect(await signIn({ email: user.email, password: PASSWORD }, meta)).toMatchObject({ ok: true });
    await recordFailures(SIGN_IN_LIMITS.perAddress - 1, { ipAddress: meta.ipAddress });
    expect(await signIn({ email: user.email, password: PASSWORD }, meta)).toMatchObject({ ok: true });

    await recordFailures(1, { ipAddress: meta.ipAddress });
    const limited = await signIn({ email: user.email, password: PASSWORD }, meta);
    expect(limited).toMatchObject({
      ok: false,
      reason: "rate-limited",
      message: "Too many failed sign-in attempts from your network. Try again in 14 minutes.",
    });
    // Another address is not affected.
    expect(await signIn({ email: user.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
  });

  it("cannot be raced past the limit with parallel guesses", async () => {
    const user = await createTestUser("ANALYST", { passwordHash });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn({ email: user.email, password: `parallel guess ${i}` }, freshMeta())),
    );
    expect(results.filter((r) => !r.ok && r.reason === "credentials")).toHaveLength(SIGN_IN_LIMITS.perAccount);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(8 - SIGN_IN_LIMITS.perAccount);
  });
});
