"use client";

import { useActionState } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { EVENT_KIND_LABEL, EVENT_KINDS } from "@/lib/events/kinds";
import type { EventForEdit } from "@/lib/events/queries";
import { initialFormState, keptValue, type FormState } from "@/lib/forms/state";
import { EVENT_LABELS } from "./labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const KIND_OPTIONS = EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_LABEL[kind] }));

export function EventForm({ action, event, today, notice }: { action: Action; event?: EventForEdit; today: string; notice?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string, stored: string | null | undefined = "") => keptValue(state.values, name, state.values ? "" : (stored ?? ""));
  const version = conflictOf(state)?.latestVersion ?? event?.version;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {event ? <input type="hidden" name="id" value={event.id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {/* The outcome of the previous save (carried in the address) until the next submission replaces it. */}
      <FormStatus state={state === initialFormState && notice ? { ok: true, message: notice } : state} />
      <ConflictNotice state={state} labels={EVENT_LABELS} />

      <TextField
        name="name"
        label="Name"
        required
        maxLength={300}
        autoComplete="off"
        defaultValue={value("name", event?.name)}
        error={errors.name}
        hint="e.g. NATO Summit press conference, Washington"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {/* Keyed by its value: React resets a form after an action, and a select goes back to the value it was mounted with. */}
        <SelectField
          key={value("kind", event?.kind ?? "OTHER")}
          name="kind"
          label="Kind"
          options={KIND_OPTIONS}
          defaultValue={value("kind", event?.kind ?? "OTHER")}
          error={errors.kind}
        />
        <TextField
          name="date"
          label="Date"
          type="date"
          max={today}
          defaultValue={value("date", event?.date)}
          error={errors.date}
          hint="Leave blank when unknown."
        />
      </div>
      <TextField
        name="location"
        label="Location"
        maxLength={200}
        autoComplete="off"
        defaultValue={value("location", event?.location)}
        error={errors.location}
      />

      <SubmitButton>{event ? "Save changes" : "Create event"}</SubmitButton>
    </form>
  );
}
