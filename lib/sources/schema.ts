// What a source is made of, validated the same way in the form and on the server.
import { z } from "zod";
import { optionalPastIsoDay } from "@/lib/dates/calendar-day";
import { versionField } from "@/lib/records/schema";
import { SOURCE_KINDS } from "./kinds";
import { normaliseUrl } from "./url";

export const MAX_SNAPSHOT_LENGTH = 500_000;

// Blank means "no address" (a printed transcript, an offline recording).
const optionalUrl = z.preprocess(
  (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
  z
    .string()
    .max(2000, "Keep the address under 2,000 characters.")
    .transform((raw, ctx) => {
      const url = normaliseUrl(raw);
      if (url === null) {
        ctx.addIssue({ code: "custom", message: "Enter a web address starting with http:// or https://." });
        return z.NEVER;
      }
      return url;
    })
    .nullable(),
);

// Pasted full text: line endings unified, so character offsets into it mean the same everywhere.
const snapshotText = z.preprocess(
  (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() || null : (value ?? null)),
  z
    .string()
    .max(MAX_SNAPSHOT_LENGTH, `Paste at most ${MAX_SNAPSHOT_LENGTH.toLocaleString("en")} characters.`)
    .nullable(),
);

const blankAsNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

// Set by an import from a web address, carried through the review as hidden fields.
const fetchedAt = z.preprocess(
  blankAsNull,
  z.iso
    .datetime({ message: "The fetch time is not a valid instant." })
    .transform((raw) => new Date(raw))
    .refine((at) => at.getTime() <= Date.now() + 60_000, "The fetch time is in the future.")
    .nullable(),
);
const fetchedSha256 = z.preprocess(
  blankAsNull,
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, "The fetched page's fingerprint is not a sha256 in hex.")
    .nullable(),
);

export const sourceSchema = z.object({
  url: optionalUrl.optional(),
  title: z.string().trim().min(1, "Enter the source's title.").max(500, "Keep the title under 500 characters."),
  outlet: z.string().trim().max(200, "Keep the outlet under 200 characters.").optional(),
  kind: z.enum(SOURCE_KINDS, { message: "Choose what kind of source this is." }).optional(),
  publishedOn: optionalPastIsoDay.optional(),
  retrievedOn: optionalPastIsoDay.optional(),
  snapshotText: snapshotText.optional(),
  fetchedAt: fetchedAt.optional(),
  fetchedSha256: fetchedSha256.optional(),
  notes: z.string().trim().max(5000, "Keep the notes under 5,000 characters.").optional(),
  version: versionField,
});

const retrievedAfterPublication = {
  check: (source: { publishedOn?: string | null; retrievedOn?: string | null }) =>
    !source.publishedOn || !source.retrievedOn || source.retrievedOn >= source.publishedOn,
  issue: { message: "A source cannot be retrieved before it was published.", path: ["retrievedOn"] },
};

export const sourceCreateSchema = sourceSchema
  .omit({ version: true })
  .refine(retrievedAfterPublication.check, retrievedAfterPublication.issue);
export const sourceUpdateSchema = sourceSchema
  .partial()
  .extend({ version: versionField })
  .refine(retrievedAfterPublication.check, retrievedAfterPublication.issue);

export type SourceInput = z.infer<typeof sourceCreateSchema>;
export type SourceUpdateInput = z.infer<typeof sourceUpdateSchema>;
