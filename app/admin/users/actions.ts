"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { ADMINS, guardedFormAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/forms/errors";
import { keptValue, type FormValues } from "@/lib/forms/state";
import { createUser } from "@/lib/users/create";
import { endUserSessions, resetUserPassword, setUserDisabled, updateUser } from "@/lib/users/manage";

// Account administration. Every action runs through guardedFormAction(ADMINS): the session and
// the admin role are checked on the server before anything is read or written.

function accountId(values: FormValues): number {
  const id = Number(keptValue(values, "userId"));
  if (!Number.isSafeInteger(id) || id < 1) throw new NotFoundError("This account");
  return id;
}

function revalidateAccount(id: number) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id}`);
}

const currentToken = async () => (await cookies()).get(SESSION_COOKIE)?.value;

export const createUserAction = guardedFormAction(ADMINS, async ({ user, values }) => {
  const created = await createUser(
    db,
    {
      email: keptValue(values, "email"),
      name: keptValue(values, "name"),
      role: keptValue(values, "role") as Role,
      password: keptValue(values, "password"),
    },
    user.id,
  );
  revalidateAccount(created.id);
  return {
    ok: true,
    message: `Account created for ${created.name} (${created.email}). Give them their password over a safe channel.`,
    values: {},
  };
});

export const updateUserAction = guardedFormAction(ADMINS, async ({ user, values }) => {
  const id = accountId(values);
  const saved = await updateUser(
    db,
    id,
    { email: keptValue(values, "email"), name: keptValue(values, "name"), role: keptValue(values, "role") },
    user,
  );
  revalidateAccount(id);
  return { ok: true, message: "Account details saved.", values: { email: saved.email, name: saved.name, role: saved.role } };
});

export const setUserDisabledAction = guardedFormAction(ADMINS, async ({ user, values }) => {
  const id = accountId(values);
  const disable = keptValue(values, "disabled") === "true";
  const account = await setUserDisabled(db, id, disable, user);
  revalidateAccount(id);
  return {
    ok: true,
    message: disable ? `${account.name} is disabled and signed out everywhere.` : `${account.name} can sign in again.`,
    values: {},
  };
});

export const resetPasswordAction = guardedFormAction(ADMINS, async ({ user, values }) => {
  const id = accountId(values);
  const account = await resetUserPassword(db, id, { password: keptValue(values, "password") }, user, await currentToken());
  revalidateAccount(id);
  const signedOut =
    id === user.id ? "Your other sessions have ended." : `${account.name} is signed out everywhere and signs in with the new password.`;
  return { ok: true, message: `Password changed. ${signedOut}`, values: {} };
});

export const endSessionsAction = guardedFormAction(ADMINS, async ({ user, values }) => {
  const id = accountId(values);
  const account = await endUserSessions(db, id, user, await currentToken());
  revalidateAccount(id);
  return {
    ok: true,
    message: id === user.id ? "Your other sessions have ended." : `${account.name} is signed out everywhere.`,
    values: {},
  };
});
