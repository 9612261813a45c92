// The one shape every form action returns. `values` echoes what was submitted so the form can
// render it again: React resets uncontrolled fields after an action, with or without JavaScript.
export type FieldErrors = Record<string, string[] | undefined>;

export interface FormState<V = FormValues> {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: V;
  /** Extra data a particular form needs to show (a duplicate warning, a conflicting version). */
  detail?: Record<string, unknown>;
}

export type FormValues = Record<string, string | string[]>;

export const initialFormState: FormState = { ok: false };

/** Every submitted field as text; repeated names become arrays. Files and internal fields are skipped. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** Zod issues keyed by field path ("claims.0.text"), for messages next to their fields. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** A submitted text value to render again, or the record's own value when nothing was submitted. */
export function keptValue(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values?.[name];
  if (value === undefined) return fallback;
  return Array.isArray(value) ? (value[0] ?? "") : value;
}
