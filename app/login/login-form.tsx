"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue } from "@/lib/forms/state";
import { signInAction } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const [state, formAction] = useActionState(signInAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="mt-6 space-y-4">
      <FormStatus state={state} id="sign-in-status" />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        defaultValue={keptValue(state.values, "email")}
        error={errors.email}
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
