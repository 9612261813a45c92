// Signing in, shared by the sign-in form and the sign-in API.
//
// Failed attempts are limited per email address (whether or not an account has it, so the limit
// reveals nothing) and per client address. An attempt is written as failed before the password is
// checked and marked succeeded afterwards, so parallel guesses cannot all slip in under the limit.
// Attempts refused by the limit are not written: the time the message promises stays true.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { fieldErrorsFromIssues, type FieldErrors } from "@/lib/forms/state";
import { emailSchema } from "./email";
import { HashingBusyError } from "./hash-slots";
import { DUMMY_HASH, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { createSession, type AuthUser } from "./sessions";

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  /** Failed attempts per email address in the window, counted since its last successful sign-in. */
  perAccount: 5,
  /** Failed attempts per client address in the window. */
  perAddress: 20,
};
const KEEP_ATTEMPTS_MS = 30 * 24 * 60 * 60 * 1000;

export const WRONG_CREDENTIALS = "Incorrect email address or password, or the account is disabled.";
export const BUSY = "Too many sign-ins are being checked at the moment. Try again in a few seconds.";

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
});

export type SignInResult =
  | { ok: true; user: AuthUser; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid"; message: string; fieldErrors: FieldErrors }
  | { ok: false; reason: "credentials"; message: string }
  | { ok: false; reason: "rate-limited" | "busy"; message: string; retryAfterSeconds: number };

type Reservation = { attemptId: number } | { limitedBy: "account" | "address"; retryAt: Date };

function minutes(seconds: number) {
  const count = Math.max(1, Math.ceil(seconds / 60));
  return count === 1 ? "1 minute" : `${count} minutes`;
}

/** Checks both limits and records the attempt as failed, in one transaction. */
async function reserveAttempt(email: string, ipAddress: string): Promise<Reservation> {
  const { windowMs, perAccount, perAddress } = SIGN_IN_LIMITS;
  return db.$transaction(async (tx) => {
    // Parallel guesses (on one instance or several) are counted one after the other.
    for (const lock of dialect().serializeOn([`sign-in:email:${email}`, `sign-in:address:${ipAddress}`])) await tx.$executeRaw(lock);
    const now = Date.now();
    const windowStart = new Date(now - windowMs);
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { email, succeeded: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const failures = (where: { email: string } | { ipAddress: string }, since: Date, take: number) =>
      tx.loginAttempt.findMany({
        where: { ...where, succeeded: false, createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take,
        select: { createdAt: true },
      });

    // The limit is reached when `limit` failures lie inside the window; it lifts when the oldest of them leaves it.
    const byAccount = await failures({ email }, lastSuccess?.createdAt ?? windowStart, perAccount);
    if (byAccount.length >= perAccount)
      return { limitedBy: "account", retryAt: new Date(byAccount[perAccount - 1]!.createdAt.getTime() + windowMs) };
    const byAddress = await failures({ ipAddress }, windowStart, perAddress);
    if (byAddress.length >= perAddress)
      return { limitedBy: "address", retryAt: new Date(byAddress[perAddress - 1]!.createdAt.getTime() + windowMs) };

    const attempt = await tx.loginAttempt.create({
      data: { email, ipAddress, succeeded: false, createdAt: new Date(now) },
      select: { id: true },
    });
    return { attemptId: attempt.id };
  });
}

export async function signIn(input: { email?: unknown; password?: unknown }, meta: RequestMeta): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email: input.email ?? "", password: input.password ?? "" });
  if (!parsed.success) {
    return {
      ok: false,
      reason: "invalid",
      message: "Enter your email address and password.",
      fieldErrors: fieldErrorsFromIssues(parsed.error.issues),
    };
  }
  const { email, password } = parsed.data;

  const reservation = await reserveAttempt(email, meta.ipAddress);
  if ("limitedBy" in reservation) {
    const retryAfterSeconds = Math.max(1, Math.ceil((reservation.retryAt.getTime() - Date.now()) / 1000));
    const from = reservation.limitedBy === "account" ? "for this email address" : "from your network";
    return {
      ok: false,
      reason: "rate-limited",
      retryAfterSeconds,
      message: `Too many failed sign-in attempts ${from}. Try again in ${minutes(retryAfterSeconds)}.`,
    };
  }

  // An unknown email is checked against a hash no password matches, so it takes as long as a known one.
  const account = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  let passwordMatches: boolean;
  try {
    passwordMatches = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  } catch (error) {
    if (!(error instanceof HashingBusyError)) throw error;
    // Not checked, so not a failed attempt: it must not count against the limits.
    await db.loginAttempt.delete({ where: { id: reservation.attemptId } });
    return { ok: false, reason: "busy", retryAfterSeconds: error.retryAfterSeconds, message: BUSY };
  }
  if (!account || !passwordMatches || account.disabled) return { ok: false, reason: "credentials", message: WRONG_CREDENTIALS };

  await db.loginAttempt.update({ where: { id: reservation.attemptId }, data: { succeeded: true } });
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_ATTEMPTS_MS) } } });
  const { token, expiresAt } = await createSession(account.id, meta);
  const { id, name, role } = account;
  return { ok: true, user: { id, email: account.email, name, role }, token, expiresAt };
}
