// Guards the account rules: disabling or resetting a password ends sessions at once, nobody can
// lock themselves out or leave the site without an active admin, and the audit trail records
// every change without ever holding a password or its hash.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, userForToken } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { createTestUser } from "@/lib/testing/users";
import { endUserSessions, resetUserPassword, setUserDisabled, updateUser } from "./manage";

const meta = { ipAddress: "192.0.2.1", userAgent: "vitest" };
const revisions = (userId: number) => db.revision.findMany({ where: { entity: "User", entityId: userId }, orderBy: { id: "asc" } });

describe("setUserDisabled", () => {
  it("disables an account, ends its sessions and records it; enabling lets it sign in again", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const { token } = await createSession(analyst.id, meta);

    expect(await setUserDisabled(db, analyst.id, true, admin)).toMatchObject({ disabled: true });
    expect(await userForToken(token)).toBeNull();
    expect(await db.session.count({ where: { userId: analyst.id, revokedAt: null } })).toBe(0);

    await setUserDisabled(db, analyst.id, false, admin);
    const { token: fresh } = await createSession(analyst.id, meta);
    expect(await userForToken(fresh)).toMatchObject({ id: analyst.id });
    const history = await revisions(analyst.id);
    expect(history.map((r) => [r.action, JSON.parse(r.changes), r.actorId])).toEqual([
      ["UPDATE", { disabled: { before: false, after: true } }, admin.id],
      ["UPDATE", { disabled: { before: true, after: false } }, admin.id],
    ]);
  });

  it("refuses to disable yourself or the only active admin", async () => {
    const admin = await createTestUser("ADMIN");
    await expect(setUserDisabled(db, admin.id, true, admin)).rejects.toThrow("You cannot disable your own account.");
    // Make every other admin inactive, then try to disable the last one through a second admin row.
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { disabled: true } });
    const acting = { ...admin, id: -1 };
    await expect(setUserDisabled(db, admin.id, true, acting)).rejects.toThrow("This is the only active admin, so it cannot be disabled.");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });

  it("answers an unknown account with not-found", async () => {
    const admin = await createTestUser("ADMIN");
    await expect(setUserDisabled(db, 999_999, true, admin)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateUser", () => {
  it("changes name, email and role and records the fields that changed", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const saved = await updateUser(db, analyst.id, { name: "Renamed", email: " RENAMED@example.test ", role: "ADMIN" }, admin);
    expect(saved).toMatchObject({ name: "Renamed", email: "renamed@example.test", role: "ADMIN" });
    const [revision] = await revisions(analyst.id);
    expect(JSON.parse(revision!.changes)).toEqual({
      name: { before: analyst.name, after: "Renamed" },
      email: { before: analyst.email, after: "renamed@example.test" },
      role: { before: "ANALYST", after: "ADMIN" },
    });
  });

  it("refuses your own role change, the last admin's demotion, a taken email and bad input", async () => {
    const admin = await createTestUser("ADMIN");
    const other = await createTestUser("ANALYST");
    const own = await updateUser(db, admin.id, { name: admin.name, email: admin.email, role: "ANALYST" }, admin).catch((e: unknown) => e);
    expect((own as ExpectedError).fieldErrors?.role).toEqual(["You cannot change your own role. Another admin can."]);

    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { disabled: true } });
    const demote = await updateUser(db, admin.id, { name: admin.name, email: admin.email, role: "ANALYST" }, { ...admin, id: -1 }).catch(
      (e: unknown) => e,
    );
    expect((demote as ExpectedError).fieldErrors?.role).toEqual(["This is the only active admin; make another admin first."]);

    const taken = await updateUser(db, other.id, { name: other.name, email: admin.email.toUpperCase(), role: "ANALYST" }, admin).catch(
      (e: unknown) => e,
    );
    expect((taken as ExpectedError).fieldErrors?.email).toEqual(["An account with this email address already exists."]);

    const bad = await updateUser(db, other.id, { name: "", email: "x", role: "ROOT" }, admin).catch((e: unknown) => e);
    expect(Object.keys((bad as ExpectedError).fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect(await revisions(other.id)).toEqual([]);
  });
});

describe("resetUserPassword", () => {
  it("sets the new password, ends the account's sessions and records only that it changed", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const { token } = await createSession(analyst.id, meta);
    await resetUserPassword(db, analyst.id, { password: "a brand new password" }, admin);
    const stored = await db.user.findUniqueOrThrow({ where: { id: analyst.id } });
    expect(await verifyPassword("a brand new password", stored.passwordHash)).toBe(true);
    expect(await userForToken(token)).toBeNull();
    const [revision] = await revisions(analyst.id);
    expect(JSON.parse(revision!.changes)).toEqual({ password: { before: null, after: "reset" } });
    expect(revision!.changes).not.toContain("scrypt");
    expect(revision!.changes).not.toContain("brand new");
  });

  it("keeps the admin's own current session when they reset their own password", async () => {
    const admin = await createTestUser("ADMIN");
    const current = await createSession(admin.id, meta);
    const elsewhere = await createSession(admin.id, meta);
    await resetUserPassword(db, admin.id, { password: "my own new password" }, admin, current.token);
    expect(await userForToken(current.token)).toMatchObject({ id: admin.id });
    expect(await userForToken(elsewhere.token)).toBeNull();
  });

  it("refuses a weak password", async () => {
    const admin = await createTestUser("ADMIN");
    const error = await resetUserPassword(db, admin.id, { password: "short" }, admin).catch((e: unknown) => e);
    expect((error as ExpectedError).fieldErrors).toEqual({ password: ["Use at least 12 characters."] });
  });
});

describe("endUserSessions", () => {
  it("signs an account out everywhere", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const sessions = [await createSession(analyst.id, meta), await createSession(analyst.id, meta)];
    await endUserSessions(db, analyst.id, admin);
    for (const { token } of sessions) expect(await userForToken(token)).toBeNull();
  });

  it("records who signed the account out and how many sessions ended; with none active it changes and records nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("ANALYST");
    await createSession(analyst.id, meta);
    await createSession(analyst.id, meta);
    await endUserSessions(db, analyst.id, admin);
    expect((await revisions(analyst.id)).map((r) => [r.action, JSON.parse(r.changes), r.actorId])).toEqual([
      ["UPDATE", { sessions: { before: "2 active", after: "ended" } }, admin.id],
    ]);
    await endUserSessions(db, analyst.id, admin);
    expect(await revisions(analyst.id)).toHaveLength(1);
  });

  it("keeps the admin's own current session, and records only the others ending", async () => {
    const admin = await createTestUser("ADMIN");
    const current = await createSession(admin.id, meta);
    const other = await createSession(admin.id, meta);
    await endUserSessions(db, admin.id, admin, current.token);
    expect(await userForToken(current.token)).toMatchObject({ id: admin.id });
    expect(await userForToken(other.token)).toBeNull();
    expect((await revisions(admin.id)).map((r) => JSON.parse(r.changes))).toEqual([{ sessions: { before: "1 active", after: "ended" } }]);
  });
});
