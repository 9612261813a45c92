// Form fields shared by the versioned, soft-deletable records analysts manage.
import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

/** A version number from a hidden form field: the record as the user saw it. */
export const versionField = z.coerce
  .number({ message: "The form is missing the record's version. Reload the page." })
  .int("The form is missing the record's version. Reload the page.")
  .positive("The form is missing the record's version. Reload the page.");

/** An optional slug: blank means "derive it from the name". */
export const optionalSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(SLUG_MAX_LENGTH, `Keep the slug under ${SLUG_MAX_LENGTH} characters.`)
  .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "Use lowercase letters, digits and single hyphens, e.g. emmanuel-macron.")
  .optional();
