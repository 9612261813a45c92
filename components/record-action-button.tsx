"use client";

// One-button forms for a record's lifecycle (delete, restore). They are real forms, so they work
// without JavaScript; with it, a refusal ("still used by published statements") shows in place.
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function RecordActionButton({
  action,
  id,
  version,
  children,
  pendingLabel,
  variant = "secondary",
  statusId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: number;
  version?: number;
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  statusId: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
      <FormStatus state={state} id={statusId} />
    </form>
  );
}
