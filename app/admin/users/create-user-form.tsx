"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue } from "@/lib/forms/state";
import { roleOptions } from "@/lib/users/roles";
import { createUserAction } from "./actions";

export function CreateUserForm({ passwordMinLength }: { passwordMinLength: number }) {
  const [state, formAction] = useActionState(createUserAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback = "") => keptValue(state.values, name, fallback);
  return (
    <form action={formAction} className="mt-4 space-y-4">
      <FormStatus state={state} id="create-user-status" fieldHref={(name) => `#new-user-${name}`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="new-user-name"
          name="name"
          label="Name"
          autoComplete="off"
          required
          defaultValue={value("name")}
          error={errors.name}
        />
        <TextField
          id="new-user-email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={value("email")}
          error={errors.email}
        />
        <SelectField
          id="new-user-role"
          name="role"
          label="Role"
          options={roleOptions}
          required
          defaultValue={value("role", "ANALYST")}
          error={errors.role}
          hint="Admins also manage accounts."
        />
        <TextField
          id="new-user-password"
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          defaultValue={value("password")}
          error={errors.password}
          hint={`At least ${passwordMinLength} characters.`}
        />
      </div>
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </form>
  );
}
