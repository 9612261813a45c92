"use client";

import { useActionState, useCallback } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { buttonClass, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useHydrated, useRepeatableRows } from "@/components/repeatable-rows";
import { initialFormState, keptValue, type FormState } from "@/lib/forms/state";
import type { PersonForEdit } from "@/lib/people/queries";
import { ROLE_FIELDS } from "@/lib/people/form";
import { submittedIndexes } from "@/lib/records/form-rows";
import { PERSON_LABELS } from "./labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type RoleRow = PersonForEdit["roles"][number];

const SPARE_ROWS = 2;
const removeClass = "text-sm font-medium text-red-700 underline hover:no-underline dark:text-red-400";

/** How many rows to render: what was submitted (blank ones included, so errors line up) or stored + spares. */
function rowCount(state: FormState, prefix: string, stored: number): number {
  if (state.values) return Math.max(...submittedIndexes(state.values, prefix), -1) + 1;
  return stored + SPARE_ROWS;
}

/** Row fields carry ids by row ("role-1-title", "alias-0"): rows are rendered afresh, in submitted order, after a refusal. */
const rowFieldHref = (name: string) => {
  const role = name.match(/^roles\.(\d+)\.(\w+)$/);
  if (role) return `#role-${role[1]}-${role[2]}`;
  const alias = name.match(/^aliases\.(\d+)$/);
  return alias ? `#alias-${alias[1]}` : undefined;
};

export function PersonForm({ action, person, today, notice }: { action: Action; person?: PersonForEdit; today: string; notice?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const hydrated = useHydrated();
  const errors = state.fieldErrors ?? {};
  const value = (name: string, stored = "") => keptValue(state.values, name, state.values ? "" : stored);
  const version = conflictOf(state)?.latestVersion ?? person?.version;

  const roles = useRepeatableRows(
    rowCount(state, "roles", person?.roles.length ?? 0),
    state,
    useCallback((key: number) => `role-${key}-title`, []),
  );
  const aliases = useRepeatableRows(
    rowCount(state, "aliases", person?.aliases.length ?? 0),
    state,
    useCallback((key: number) => `alias-${key}`, []),
  );

  const roleDefault = (source: number | null, field: (typeof ROLE_FIELDS)[number]) => {
    if (source === null) return "";
    const stored: RoleRow | undefined = person?.roles[source];
    return value(`roles.${source}.${field}`, stored?.[field] ?? "");
  };
  const aliasDefault = (source: number | null) => (source === null ? "" : value(`aliases.${source}`, person?.aliases[source] ?? ""));

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {person ? <input type="hidden" name="id" value={person.id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {/* The outcome of the previous save (carried in the address) until the next submission replaces it. */}
      <FormStatus state={state === initialFormState && notice ? { ok: true, message: notice } : state} fieldHref={rowFieldHref} />
      <ConflictNotice state={state} labels={PERSON_LABELS} />

      <TextField
        name="name"
        label="Name"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={value("name", person?.name)}
        error={errors.name}
      />
      <TextField
        name="slug"
        label="Slug"
        maxLength={80}
        autoComplete="off"
        defaultValue={value("slug", person?.slug)}
        error={errors.slug}
        hint="Used in web addresses. Leave blank to make one from the name."
      />
      <TextAreaField
        name="description"
        label="Description"
        rows={3}
        maxLength={5000}
        defaultValue={value("description", person?.description)}
        error={errors.description}
      />

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Other names</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Spellings and names the speaker is also known by, used when searching. Blank rows are ignored.
        </p>
        {errors.aliases ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.aliases.join(" ")}</p> : null}
        <ul className="space-y-2">
          {aliases.slots.map((slot, position) => (
            <li key={slot.key} className="flex items-end gap-2">
              <div className="min-w-0 flex-1">
                <TextField
                  id={`alias-${slot.key}`}
                  name={`aliases.${position}`}
                  label={`Other name ${position + 1}`}
                  maxLength={200}
                  autoComplete="off"
                  defaultValue={aliasDefault(slot.source)}
                  error={errors[`aliases.${position}`]}
                />
              </div>
              {hydrated ? (
                <button type="button" className={`${removeClass} mb-2`} onClick={() => aliases.remove(slot.key)}>
                  Remove<span className="sr-only"> other name {position + 1}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {hydrated ? (
          <button type="button" className={buttonClass.secondary} onClick={aliases.add}>
            Add another name
          </button>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Roles over time</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Posts the speaker held, with dates where known. Roles may overlap. Leave the end date blank while the role is held.
        </p>
        {errors.roles ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.roles.join(" ")}</p> : null}
        <ol className="space-y-3">
          {roles.slots.map((slot, position) => (
            <li key={slot.key}>
              <fieldset className="rounded-md border border-stone-300 p-3 dark:border-stone-600">
                <legend className="px-1 text-sm font-medium">Role {position + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField
                    id={`role-${slot.key}-title`}
                    name={`roles.${position}.title`}
                    label="Title"
                    maxLength={200}
                    autoComplete="off"
                    defaultValue={roleDefault(slot.source, "title")}
                    error={errors[`roles.${position}.title`]}
                  />
                  <TextField
                    id={`role-${slot.key}-organisation`}
                    name={`roles.${position}.organisation`}
                    label="Organisation"
                    maxLength={200}
                    autoComplete="off"
                    defaultValue={roleDefault(slot.source, "organisation")}
                    error={errors[`roles.${position}.organisation`]}
                  />
                  <TextField
                    id={`role-${slot.key}-startDate`}
                    name={`roles.${position}.startDate`}
                    label="From"
                    type="date"
                    max={today}
                    defaultValue={roleDefault(slot.source, "startDate")}
                    error={errors[`roles.${position}.startDate`]}
                  />
                  <TextField
                    id={`role-${slot.key}-endDate`}
                    name={`roles.${position}.endDate`}
                    label="Until"
                    type="date"
                    max={today}
                    defaultValue={roleDefault(slot.source, "endDate")}
                    error={errors[`roles.${position}.endDate`]}
                  />
                </div>
                {hydrated ? (
                  <button type="button" className={`${removeClass} mt-2`} onClick={() => roles.remove(slot.key)}>
                    Remove role {position + 1}
                  </button>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        {hydrated ? (
          <button type="button" className={buttonClass.secondary} onClick={roles.add}>
            Add role
          </button>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{person ? "Save changes" : "Create speaker"}</SubmitButton>
      </div>
    </form>
  );
}
