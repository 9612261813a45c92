// Changes to existing accounts, made by admins. Each one is written with its audit record in one
// transaction (its own, or the caller's), like every other record's writes. Disabling an account,
// resetting its password or signing it out everywhere ends its sessions, so a stolen or stale
// cookie stops working at once.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, type AuthUser } from "@/lib/auth/sessions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { inTransaction, type Db } from "@/lib/records/lifecycle";
import { recordRevision } from "@/lib/revisions/record";
import { DuplicateEmailError, isUniqueViolation, userSnapshotSelect } from "./create";
import { resetPasswordSchema, updateUserSchema } from "./schema";

type Tx = Prisma.TransactionClient;

async function findAccount(tx: Tx, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSnapshotSelect });
  if (!user) throw new NotFoundError("This account");
  return user;
}

/** Refuses a change that would leave nobody able to manage accounts. */
async function assertOtherActiveAdmin(tx: Tx, userId: number, message: string, field?: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  if (others === 0) throw new ExpectedError(message, field ? { [field]: [message] } : undefined);
}

/** Ends the account's sessions (but the one kept); returns how many ended. */
async function endSessions(tx: Tx, userId: number, keepSessionId?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

export async function updateUser(client: Db, userId: number, input: unknown, actor: AuthUser) {
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success)
    throw new ExpectedError("The account was not saved. Check the fields marked below.", fieldErrorsFromIssues(parsed.error.issues));
  const changes = parsed.data;
  try {
    return await inTransaction(client, async (tx) => {
      const before = await findAccount(tx, userId);
      if (before.role !== changes.role) {
        if (userId === actor.id)
          throw new ExpectedError("You cannot change your own role.", { role: ["You cannot change your own role. Another admin can."] });
        if (before.role === "ADMIN" && !before.disabled)
          await assertOtherActiveAdmin(tx, userId, "This is the only active admin; make another admin first.", "role");
      }
      if (changes.email !== before.email && (await tx.user.findUnique({ where: { email: changes.email }, select: { id: true } })))
        throw new DuplicateEmailError();
      const after = await tx.user.update({ where: { id: userId }, data: changes, select: userSnapshotSelect });
      await recordRevision(tx, { entity: "User", entityId: userId, action: "UPDATE", actorId: actor.id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError();
    throw error;
  }
}

export async function setUserDisabled(client: Db, userId: number, disabled: boolean, actor: AuthUser) {
  return inTransaction(client, async (tx) => {
    const before = await findAccount(tx, userId);
    if (before.disabled === disabled) return before;
    if (disabled) {
      if (userId === actor.id) throw new ExpectedError("You cannot disable your own account.");
      if (before.role === "ADMIN") await assertOtherActiveAdmin(tx, userId, "This is the only active admin, so it cannot be disabled.");
      await endSessions(tx, userId);
    }
    const after = await tx.user.update({ where: { id: userId }, data: { disabled }, select: userSnapshotSelect });
    await recordRevision(tx, { entity: "User", entityId: userId, action: "UPDATE", actorId: actor.id, before, after });
    return after;
  });
}

/**
 * Sets a new password chosen by an admin and ends the account's sessions. When admins reset their
 * own password, the session they are using (`keepSessionToken`) stays signed in.
 */
export async function resetUserPassword(client: Db, userId: number, input: unknown, actor: AuthUser, keepSessionToken?: string) {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success)
    throw new ExpectedError("The password was not changed. Check the field marked below.", fieldErrorsFromIssues(parsed.error.issues));
  const passwordHash = await hashPassword(parsed.data.password);
  return inTransaction(client, async (tx) => {
    const user = await findAccount(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endSessions(tx, userId, userId === actor.id && keepSessionToken ? hashToken(keepSessionToken) : undefined);
    // The audit trail says that the password changed, never what it is or its hash.
    await recordRevision(tx, {
      entity: "User",
      entityId: userId,
      action: "UPDATE",
      actorId: actor.id,
      before: { password: null },
      after: { password: "reset" },
    });
    return user;
  });
}

/** Signs the account out everywhere, e.g. after a lost laptop. */
export async function endUserSessions(client: Db, userId: number, actor: AuthUser, keepSessionToken?: string) {
  return inTransaction(client, async (tx) => {
    const user = await findAccount(tx, userId);
    const ended = await endSessions(tx, userId, userId === actor.id && keepSessionToken ? hashToken(keepSessionToken) : undefined);
    // Sessions are data too: the audit trail says how many were ended, and by whom.
    if (ended > 0) {
      await recordRevision(tx, {
        entity: "User",
        entityId: userId,
        action: "UPDATE",
        actorId: actor.id,
        before: { sessions: `${ended} active` },
        after: { sessions: "ended" },
      });
    }
    return user;
  });
}
