// Repeatable form rows (a speaker's roles, aliases) submitted as `roles.0.title`, `aliases.3`:
// plain names that work without JavaScript. Blank rows (the spare ones the form always offers)
// are dropped before validation, and errors are mapped back to the row the user typed in.
import type { FormValues } from "@/lib/forms/state";

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** The row indexes submitted under `prefix`, in order. */
export function submittedIndexes(values: FormValues, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)(?:\\.|$)`);
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = pattern.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Rows of named fields with at least one non-blank value, and the index each came from. */
export function submittedRows<F extends string>(
  values: FormValues,
  prefix: string,
  fields: readonly F[],
): { rows: Record<F, string>[]; indexes: number[] } {
  const rows: Record<F, string>[] = [];
  const indexes: number[] = [];
  for (const index of submittedIndexes(values, prefix)) {
    const row = Object.fromEntries(fields.map((field) => [field, text(values[`${prefix}.${index}.${field}`])])) as Record<F, string>;
    if (fields.some((field) => row[field].trim() !== "")) {
      rows.push(row);
      indexes.push(index);
    }
  }
  return { rows, indexes };
}

/** Single-value rows (`aliases.0`, `aliases.1`) that are not blank, and the index each came from. */
export function submittedList(values: FormValues, prefix: string): { items: string[]; indexes: number[] } {
  const items: string[] = [];
  const indexes: number[] = [];
  for (const index of submittedIndexes(values, prefix)) {
    const item = text(values[`${prefix}.${index}`]);
    if (item.trim() !== "") {
      items.push(item);
      indexes.push(index);
    }
  }
  return { items, indexes };
}

type Issue = { path: readonly PropertyKey[]; message: string };

/** Rewrites `roles.1.title` (position among non-blank rows) to the index the form submitted. */
export function remapRowIssues<I extends Issue>(issues: readonly I[], rowIndexes: Record<string, number[]>): I[] {
  return issues.map((issue) => {
    const [field, position, ...rest] = issue.path;
    const indexes = typeof field === "string" ? rowIndexes[field] : undefined;
    if (!indexes || typeof position !== "number") return issue;
    return { ...issue, path: [field, indexes[position] ?? position, ...rest] };
  });
}
