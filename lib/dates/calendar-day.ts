// Calendar-day form fields shared by the entity schemas: a real ISO day, never in the future.
// "Today" is the server's local date, the same day the analyst's newsroom sees.
import { format } from "date-fns";
import { z } from "zod";
import { isIsoDay } from "./precision";

export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}

/** A past or present day as YYYY-MM-DD. */
export const pastIsoDay = z
  .string()
  .trim()
  .refine(isIsoDay, "Enter a real date as YYYY-MM-DD.")
  .refine((day) => !isIsoDay(day) || day <= today(), "This date is in the future.");

/** An optional past or present day: blank means unknown (null). */
export const optionalPastIsoDay = z.preprocess(
  (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
  pastIsoDay.nullable(),
);
