// The one shape every form action returns. `values` echoes what was submitted so the form can
// render it again: React resets uncontrolled fields after an action, with or without JavaScript.
import { own } from "@/lib/collections/dict";

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

/**
 * Every submitted field as text; repeated names become arrays. Files and internal fields are
 * skipped. Field names are the client's, so they are collected in a Map and written as own
 * properties (`__proto__` and `toString` are fields like any other); read them with keptValue.
 * The result is a plain object because React sends only plain objects to the browser.
 */
export function formValues(formData: FormData): FormValues {
  const values = new Map<string, string | string[]>();
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = values.get(key);
    values.set(key, existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(values);
}

/** Zod issues keyed by field path ("claims.0.text"), for messages next to their fields. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors.set(key, [...(errors.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(errors);
}

/** A submitted text value to render again, or the record's own value when nothing was submitted. */
export function keptValue(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values ? own(values, name) : undefined;
  if (value === undefined) return fallback;
  return Array.isArray(value) ? (value[0] ?? "") : value;
}
