// What a fetched page fills in on the import form: the text, and the source's details the analyst
// left empty (what they typed wins), plus when and what was fetched. The page's author has no
// column of its own on a source: it goes to the source's notes, where the analyst sees and edits it.
import { format } from "date-fns";
import { keptValue, type FormValues } from "@/lib/forms/state";
import type { ImportedPage } from "@/lib/sources/import-page";

export function filledFromPage(
  values: FormValues,
  page: Pick<ImportedPage, "text" | "url" | "title" | "outlet" | "author" | "publishedOn" | "fetchedAt" | "sha256">,
): FormValues {
  const filled: FormValues = { ...values, text: page.text };
  const fill = (field: string, value: string | null) => {
    if (value && !keptValue(values, field).trim()) filled[field] = value;
  };
  fill("source.url", page.url);
  fill("source.title", page.title);
  fill("source.outlet", page.outlet);
  fill("source.publishedOn", page.publishedOn);
  fill("source.notes", page.author ? `By ${page.author}` : null);
  // What was fetched and when, for the stored source; the day it was retrieved is the fetch's.
  filled["source.fetchedAt"] = page.fetchedAt.toISOString();
  filled["source.fetchedSha256"] = page.sha256;
  fill("source.retrievedOn", format(page.fetchedAt, "yyyy-MM-dd"));
  return filled;
}
