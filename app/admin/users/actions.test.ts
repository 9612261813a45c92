// Guards account administration: only a signed-in, active admin can create, change, disable,
// enable or reset accounts; everyone else is refused and nothing is written.
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, userForToken } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { revalidated } from "@/lib/testing/next-request";
import { createTestUser, signInAs, signOut } from "@/lib/testing/users";
import { createUserAction, endSessionsAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "./actions";

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};
const NOT_SIGNED_IN = "You are not signed in, or your session has ended. Sign in and try again.";
const NOT_ALLOWED = "Your account is not allowed to do this.";
const revisionCount = () => db.revision.count({ where: { entity: "User" } });

beforeEach(() => {
  signOut();
  revalidated.length = 0;
});

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

describe("who may administer accounts", () => {
  const attempts: [string, Action, (targetId: number) => Record<string, string | number>][] = [
    [
      "create",
      createUserAction,
      () => ({ email: "intruder@example.test", name: "Intruder", role: "ADMIN", password: "a long enough password" }),
    ],
    ["update", updateUserAction, (id) => ({ userId: id, email: "changed@example.test", name: "Changed", role: "ADMIN" })],
    ["disable", setUserDisabledAction, (id) => ({ userId: id, disabled: "true" })],
    ["reset password", resetPasswordAction, (id) => ({ userId: id, password: "an attacker's password" })],
    ["end sessions", endSessionsAction, (id) => ({ userId: id })],
  ];

  for (const [name, action, fields] of attempts) {
    it(`${name}: refuses anonymous callers, disabled admins and analysts, and writes nothing`, async () => {
      const target = await createTestUser("ANALYST");
      const { token } = await createSession(target.id, { ipAddress: "192.0.2.1", userAgent: "vitest" });
      const before = {
        revisions: await revisionCount(),
        users: await db.user.count(),
        target: await db.user.findUniqueOrThrow({ where: { id: target.id } }),
      };

      const anonymous = await action(initialFormState, form(fields(target.id)));
      expect(anonymous).toMatchObject({ ok: false, message: NOT_SIGNED_IN });

      await signInAs("ADMIN", { disabled: true });
      expect(await action(initialFormState, form(fields(target.id)))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });

      await signInAs("ANALYST");
      expect(await action(initialFormState, form(fields(target.id)))).toMatchObject({ ok: false, message: NOT_ALLOWED });

      expect(await revisionCount()).toBe(before.revisions);
      expect(await db.user.count()).toBe(before.users + 2);
      expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before.target);
      expect(await db.user.count({ where: { email: "intruder@example.test" } })).toBe(0);
      expect(await userForToken(token)).toMatchObject({ id: target.id });
      expect(revalidated).toEqual([]);
    });
  }
});

describe("createUserAction", () => {
  it("creates an analyst with an audit record and clears the form", async () => {
    const admin = await signInAs("ADMIN");
    const state = await createUserAction(
      initialFormState,
      form({ email: "Ana@Example.test", name: "Ana Lyst", role: "ANALYST", password: "a long enough password" }),
    );
    expect(state).toEqual({
      ok: true,
      message: "Account created for Ana Lyst (ana@example.test). Give them their password over a safe channel.",
      values: {},
    });
    const created = await db.user.findUniqueOrThrow({ where: { email: "ana@example.test" } });
    expect(created).toMatchObject({ role: "ANALYST", disabled: false });
    expect(await verifyPassword("a long enough password", created.passwordHash)).toBe(true);
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "User", entityId: created.id } });
    expect(revision).toMatchObject({ action: "CREATE", actorId: admin.id });
    expect(revision.changes).not.toMatch(/password|scrypt/);
    expect(revalidated).toContain("/admin/users");
  });

  it("puts errors at their fields and keeps everything typed", async () => {
    await signInAs("ADMIN");
    const typed = { email: "not an email", name: "", role: "ANALYST", password: "short" };
    const state = await createUserAction(initialFormState, form(typed));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      email: ["Enter an email address like name@example.org."],
      name: ["Enter a name."],
      password: ["Use at least 12 characters."],
    });
    expect(state.values).toEqual(typed);
  });

  it("says so when the email address is taken", async () => {
    const admin = await signInAs("ADMIN");
    const state = await createUserAction(
      initialFormState,
      form({ email: admin.email.toUpperCase(), name: "Copy", role: "ANALYST", password: "a long enough password" }),
    );
    expect(state.fieldErrors).toEqual({ email: ["An account with this email address already exists."] });
  });
});

describe("updateUserAction", () => {
  it("saves the details and records them", async () => {
    const admin = await signInAs("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const state = await updateUserAction(
      initialFormState,
      form({ userId: analyst.id, email: analyst.email, name: "New Name", role: "ANALYST" }),
    );
    expect(state).toMatchObject({ ok: true, values: { name: "New Name" } });
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "User", entityId: analyst.id } });
    expect(revision).toMatchObject({ action: "UPDATE", actorId: admin.id });
    expect(JSON.parse(revision.changes)).toEqual({ name: { before: analyst.name, after: "New Name" } });
  });

  it("refuses to change your own role, at the role field", async () => {
    const admin = await signInAs("ADMIN");
    const state = await updateUserAction(
      initialFormState,
      form({ userId: admin.id, email: admin.email, name: admin.name, role: "ANALYST" }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { role: ["You cannot change your own role. Another admin can."] },
      values: { role: "ANALYST" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("answers an unknown or malformed account id with a message", async () => {
    await signInAs("ADMIN");
    for (const userId of ["999999", "abc", "-1"]) {
      const state = await updateUserAction(initialFormState, form({ userId, email: "x@example.test", name: "X", role: "ANALYST" }));
      expect(state).toMatchObject({ ok: false, message: "This account was not found. It may have been removed." });
    }
  });
});

describe("setUserDisabledAction", () => {
  it("disables an analyst, ending their sessions, and enables them again, each with a revision", async () => {
    const admin = await signInAs("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const { token } = await createSession(analyst.id, { ipAddress: "192.0.2.1", userAgent: "vitest" });

    expect(await setUserDisabledAction(initialFormState, form({ userId: analyst.id, disabled: "true" }))).toMatchObject({
      ok: true,
      message: `${analyst.name} is disabled and signed out everywhere.`,
    });
    expect(await userForToken(token)).toBeNull();
    expect(await setUserDisabledAction(initialFormState, form({ userId: analyst.id, disabled: "false" }))).toMatchObject({
      ok: true,
      message: `${analyst.name} can sign in again.`,
    });
    const history = await db.revision.findMany({ where: { entity: "User", entityId: analyst.id }, orderBy: { id: "asc" } });
    expect(history.map((r) => [r.actorId, JSON.parse(r.changes)])).toEqual([
      [admin.id, { disabled: { before: false, after: true } }],
      [admin.id, { disabled: { before: true, after: false } }],
    ]);
    expect(revalidated).toContain(`/admin/users/${analyst.id}`);
  });

  it("refuses to disable your own account", async () => {
    const admin = await signInAs("ADMIN");
    expect(await setUserDisabledAction(initialFormState, form({ userId: admin.id, disabled: "true" }))).toMatchObject({
      ok: false,
      message: "You cannot disable your own account.",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });
});

describe("resetPasswordAction", () => {
  it("sets the new password, signs the account out and records the reset", async () => {
    const admin = await signInAs("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const { token } = await createSession(analyst.id, { ipAddress: "192.0.2.1", userAgent: "vitest" });
    const state = await resetPasswordAction(initialFormState, form({ userId: analyst.id, password: "the new password" }));
    expect(state).toMatchObject({ ok: true, values: {} });
    expect(await verifyPassword("the new password", (await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).passwordHash)).toBe(
      true,
    );
    expect(await userForToken(token)).toBeNull();
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "User", entityId: analyst.id } });
    expect(revision.actorId).toBe(admin.id);
    expect(revision.changes).not.toMatch(/scrypt|the new password/);
  });

  it("keeps a too-short password at its field", async () => {
    await signInAs("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const state = await resetPasswordAction(initialFormState, form({ userId: analyst.id, password: "short" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { password: ["Use at least 12 characters."] }, values: { password: "short" } });
  });

  it("leaves the admin signed in when they reset their own password", async () => {
    const admin = await signInAs("ADMIN");
    expect(await resetPasswordAction(initialFormState, form({ userId: admin.id, password: "my own new password" }))).toMatchObject({
      ok: true,
      message: "Password changed. Your other sessions have ended.",
    });
    expect(await setUserDisabledAction(initialFormState, form({ userId: admin.id, disabled: "false" }))).toMatchObject({ ok: true });
  });
});

describe("endSessionsAction", () => {
  it("signs an account out everywhere", async () => {
    await signInAs("ADMIN");
    const analyst = await createTestUser("ANALYST");
    const { token } = await createSession(analyst.id, { ipAddress: "192.0.2.1", userAgent: "vitest" });
    expect(await endSessionsAction(initialFormState, form({ userId: analyst.id }))).toMatchObject({ ok: true });
    expect(await userForToken(token)).toBeNull();
  });
});
