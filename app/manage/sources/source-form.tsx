"use client";

import { useActionState } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue, type FormState } from "@/lib/forms/state";
import { SOURCE_KIND_LABEL, SOURCE_KINDS } from "@/lib/sources/kinds";
import { MAX_SNAPSHOT_LENGTH } from "@/lib/sources/schema";
import type { SourceForEdit } from "@/lib/sources/queries";
import { SOURCE_LABELS } from "./labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const KIND_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABEL[kind] }));

export function SourceForm({ action, source, today, notice }: { action: Action; source?: SourceForEdit; today: string; notice?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string, stored: string | null | undefined = "") => keptValue(state.values, name, state.values ? "" : (stored ?? ""));
  const version = conflictOf(state)?.latestVersion ?? source?.version;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {source ? <input type="hidden" name="id" value={source.id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {/* The outcome of the previous save (carried in the address) until the next submission replaces it. */}
      <FormStatus state={state === initialFormState && notice ? { ok: true, message: notice } : state} />
      <ConflictNotice state={state} labels={SOURCE_LABELS} />

      <TextField
        name="url"
        label="Web address"
        type="url"
        inputMode="url"
        maxLength={2000}
        autoComplete="off"
        placeholder="https://"
        defaultValue={value("url", source?.url)}
        error={errors.url}
        hint="Tracking parameters and #fragments are removed. Leave blank for a source that is not online."
      />
      <TextField
        name="title"
        label="Title"
        required
        maxLength={500}
        autoComplete="off"
        defaultValue={value("title", source?.title)}
        error={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="outlet"
          label="Outlet"
          maxLength={200}
          autoComplete="off"
          defaultValue={value("outlet", source?.outlet)}
          error={errors.outlet}
          hint="Who published it, e.g. Reuters, NATO."
        />
        {/* Keyed by its value: React resets a form after an action, and a select goes back to the value it was mounted with. */}
        <SelectField
          key={value("kind", source?.kind ?? "NEWS_ARTICLE")}
          name="kind"
          label="Kind"
          options={KIND_OPTIONS}
          defaultValue={value("kind", source?.kind ?? "NEWS_ARTICLE")}
          error={errors.kind}
        />
        <TextField
          name="publishedOn"
          label="Published on"
          type="date"
          max={today}
          defaultValue={value("publishedOn", source?.publishedOn)}
          error={errors.publishedOn}
        />
        <TextField
          name="retrievedOn"
          label="Retrieved on"
          type="date"
          max={today}
          defaultValue={value("retrievedOn", source ? source.retrievedOn : today)}
          error={errors.retrievedOn}
        />
      </div>
      <TextAreaField
        name="snapshotText"
        label="Full text"
        rows={10}
        maxLength={MAX_SNAPSHOT_LENGTH}
        defaultValue={value("snapshotText", source?.snapshotText)}
        error={errors.snapshotText}
        hint={
          source?.snapshotSha256
            ? `Pasted text as retrieved, kept so quotes can be checked later. Fingerprint (SHA-256): ${source.snapshotSha256.slice(0, 16)}…`
            : "Paste the text as retrieved, so quotes can be checked later even if the page changes."
        }
      />
      <TextAreaField
        name="notes"
        label="Notes"
        rows={3}
        maxLength={5000}
        defaultValue={value("notes", source?.notes)}
        error={errors.notes}
      />

      <SubmitButton>{source ? "Save changes" : "Create source"}</SubmitButton>
    </form>
  );
}
