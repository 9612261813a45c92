import { NotFoundError } from "@/lib/forms/errors";
import { keptValue, type FormValues } from "@/lib/forms/state";

/** The record a form acts on, from its hidden `id` field. */
export function recordId(values: FormValues, what = "The record"): number {
  const id = Number(keptValue(values, "id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(what);
  return id;
}

/** The named text fields of a submission, as a schema's input. */
export function pickFields<F extends string>(values: FormValues, fields: readonly F[]): Record<F, string> {
  return Object.fromEntries(fields.map((field) => [field, keptValue(values, field)])) as Record<F, string>;
}
