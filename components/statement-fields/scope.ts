// Where a part of the statement form finds its names, starting values and messages. The statement
// form uses the plain names ("speaker.id"); the import review puts each candidate's under a prefix
// ("c.3.speaker.id"), so the same parts serve both and the schema's messages land at their fields.
import type { FieldErrors, FormValues } from "@/lib/forms/state";
import { keptValue } from "@/lib/forms/state";

export type Option = { value: string; label: string };

export interface FieldScope {
  /** The submitted name of a field. */
  name: (field: string) => string;
  /** The value to show: what was submitted, or the stored record's. */
  value: (field: string) => string;
  error: (field: string) => string[] | undefined;
  /** Whether anything under `field.` was filled in or refused (opens a disclosure without JavaScript). */
  used: (field: string) => boolean;
}

function usedUnder(values: FormValues, errors: FieldErrors, prefix: string): boolean {
  return (
    Object.entries(values).some(([name, value]) => name.startsWith(prefix) && !name.endsWith(".kind") && String(value).trim() !== "") ||
    Object.keys(errors).some((name) => name.startsWith(prefix))
  );
}

/** Fields named `${prefix}${field}`. */
export function fieldScope(values: FormValues, errors: FieldErrors, prefix = ""): FieldScope {
  return {
    name: (field) => `${prefix}${field}`,
    value: (field) => keptValue(values, `${prefix}${field}`),
    error: (field) => errors[`${prefix}${field}`],
    used: (field) => usedUnder(values, errors, `${prefix}${field}.`),
  };
}

/**
 * One repeatable row: named by its position (`topics.1.stance`), showing the values of the row it
 * was rendered from (`source`, null for a row added in the browser).
 */
export function rowScope(values: FormValues, errors: FieldErrors, group: string, position: number, source: number | null): FieldScope {
  const named = fieldScope(values, errors, `${group}.${position}.`);
  const stored = source === null ? null : fieldScope(values, errors, `${group}.${source}.`);
  return {
    name: named.name,
    error: named.error,
    value: (field) => stored?.value(field) ?? "",
    used: (field) => stored?.used(field) ?? false,
  };
}

export const withNew = (options: readonly Option[], label: string, value: string): Option[] => [...options, { value, label }];
