"use client";

import { useActionState } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue, type FormState } from "@/lib/forms/state";
import type { TopicForEdit } from "@/lib/topics/queries";
import { TOPIC_LABELS } from "./labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function TopicForm({ action, topic, notice }: { action: Action; topic?: TopicForEdit; notice?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string, stored = "") => keptValue(state.values, name, state.values ? "" : stored);
  const version = conflictOf(state)?.latestVersion ?? topic?.version;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {topic ? <input type="hidden" name="id" value={topic.id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {/* The outcome of the previous save (carried in the address) until the next submission replaces it. */}
      <FormStatus state={state === initialFormState && notice ? { ok: true, message: notice } : state} />
      <ConflictNotice state={state} labels={TOPIC_LABELS} />

      <TextField
        name="name"
        label="Name"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={value("name", topic?.name)}
        error={errors.name}
      />
      <TextField
        name="slug"
        label="Slug"
        maxLength={80}
        autoComplete="off"
        defaultValue={value("slug", topic?.slug)}
        error={errors.slug}
        hint="Used in web addresses. Leave blank to make one from the name."
      />
      <TextAreaField
        name="proposition"
        label="Proposition"
        required
        rows={2}
        maxLength={500}
        defaultValue={value("proposition", topic?.proposition)}
        error={errors.proposition}
        hint={
          topic
            ? "What every stance on this topic is measured against. Rewording it changes the meaning of existing stances."
            : "The claim stances are measured against, e.g. “Allies should increase military aid to Ukraine”."
        }
      />
      <TextAreaField
        name="description"
        label="Description"
        rows={3}
        maxLength={5000}
        defaultValue={value("description", topic?.description)}
        error={errors.description}
      />

      <SubmitButton>{topic ? "Save changes" : "Create topic"}</SubmitButton>
    </form>
  );
}
