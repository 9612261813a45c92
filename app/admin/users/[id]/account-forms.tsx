"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue } from "@/lib/forms/state";
import type { Role } from "@/lib/generated/prisma/client";
import { ROLE_LABELS, roleOptions } from "@/lib/users/roles";
import { endSessionsAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "../actions";

interface Account {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

export function AccountDetailsForm({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const [state, formAction] = useActionState(updateUserAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof Account & string) => keptValue(state.values, name, String(account[name]));
  return (
    <form action={formAction} className="mt-3 space-y-4">
      <FormStatus state={state} id="details-status" />
      <input type="hidden" name="userId" value={account.id} />
      <TextField name="name" label="Name" autoComplete="off" required defaultValue={value("name")} error={errors.name} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={value("email")}
        error={errors.email}
      />
      {isSelf ? (
        <div>
          <input type="hidden" name="role" value={account.role} />
          <p className="text-sm font-medium">Role</p>
          <p className="mt-1 text-sm">
            {ROLE_LABELS[account.role]}.{" "}
            <span className="text-stone-600 dark:text-stone-400">You cannot change your own role; another admin can.</span>
          </p>
        </div>
      ) : (
        <SelectField
          name="role"
          label="Role"
          options={roleOptions}
          required
          defaultValue={value("role")}
          error={errors.role}
          hint="Admins also manage accounts."
        />
      )}
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}

export function PasswordForm({ account, passwordMinLength }: { account: Account; passwordMinLength: number }) {
  const [state, formAction] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={formAction} className="mt-3 space-y-4">
      <FormStatus state={state} id="password-status" />
      <input type="hidden" name="userId" value={account.id} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        defaultValue={keptValue(state.values, "password")}
        error={state.fieldErrors?.password}
        hint={`At least ${passwordMinLength} characters. The account is signed out everywhere.`}
      />
      <SubmitButton pendingLabel="Changing…">Set new password</SubmitButton>
    </form>
  );
}

export function AccessForm({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const [state, formAction] = useActionState(setUserDisabledAction, initialFormState);
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <FormStatus state={state} id="access-status" />
      <input type="hidden" name="userId" value={account.id} />
      {account.disabled ? (
        <>
          <p className="text-sm">This account is disabled: it cannot sign in.</p>
          <input type="hidden" name="disabled" value="false" />
          <SubmitButton variant="secondary" pendingLabel="Enabling…">
            Enable account
          </SubmitButton>
        </>
      ) : isSelf ? (
        <p className="text-sm">This is your own account, so you cannot disable it.</p>
      ) : (
        <>
          <p className="text-sm">A disabled account cannot sign in, and its sessions end at once. Its work stays.</p>
          <input type="hidden" name="disabled" value="true" />
          <SubmitButton variant="danger" pendingLabel="Disabling…">
            Disable account
          </SubmitButton>
        </>
      )}
    </form>
  );
}

export function SessionsForm({ account, activeSessions, isSelf }: { account: Account; activeSessions: number; isSelf: boolean }) {
  const [state, formAction] = useActionState(endSessionsAction, initialFormState);
  const others = isSelf ? activeSessions - 1 : activeSessions;
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <FormStatus state={state} id="sessions-status" />
      <input type="hidden" name="userId" value={account.id} />
      <p className="text-sm">
        {activeSessions === 0
          ? "Not signed in anywhere."
          : `Signed in on ${activeSessions} ${activeSessions === 1 ? "device or browser" : "devices or browsers"}${isSelf ? ", this one included" : ""}.`}
      </p>
      {others > 0 ? (
        <SubmitButton variant="secondary" pendingLabel="Signing out…">
          {isSelf ? "Sign out my other sessions" : "Sign out everywhere"}
        </SubmitButton>
      ) : null}
    </form>
  );
}
