"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { keptValue, type FieldErrors, type FormState, type FormValues } from "@/lib/forms/state";
import { submittedIndexes } from "@/lib/records/form-rows";
import { importPage } from "@/lib/sources/import-page";
import { normaliseUrl } from "@/lib/sources/url";
import type { ReviewModel } from "./model";
import { filledFromPage } from "./page-fill";
import {
  buildReview,
  offeredRenderings,
  parseAccepted,
  parseSourceMeta,
  readSubmittedText,
  SOURCE_FIELDS,
  storedSnapshotText,
  verifiedSnapshot,
  type Review,
} from "./review";
import { ImportRefused, saveImport, type SourceChoice } from "./save";

const FORMATS = ["text", "markdown", "html"] as const;

/** The fields both steps keep: the source's details and the chosen occasion. */
function sourceValues(values: FormValues): FormValues {
  const kept: FormValues = { "event.id": keptValue(values, "event.id") };
  for (const field of SOURCE_FIELDS) kept[`source.${field}`] = keptValue(values, `source.${field}`);
  return kept;
}

/** The occasion chosen at step 1: its id and date; null for none; undefined when it is not a live event. */
async function chosenEvent(values: FormValues): Promise<{ id: number; date: string | null } | null | undefined> {
  const raw = keptValue(values, "event.id").trim();
  if (!raw) return null;
  if (!/^\d{1,12}$/.test(raw)) return undefined;
  return (await db.event.findFirst({ where: { id: Number(raw), deletedAt: null }, select: { id: true, date: true } })) ?? undefined;
}

async function reviewDefaults(values: FormValues) {
  const event = await chosenEvent(values);
  const meta = parseSourceMeta(values);
  const publishedOn = meta.ok ? (meta.source.publishedOn ?? null) : null;
  return { event, meta, day: event?.date ?? publishedOn, eventId: event ? String(event.id) : "" };
}

const reviewState = (review: ReviewModel, values: FormValues, state: Omit<FormState, "values" | "detail">): FormState => ({
  ...state,
  values,
  detail: { review },
});

function summary({ model }: Review): string {
  const count = model.candidates.length;
  if (count === 0) return "Nothing found in this text. Nothing was saved.";
  return `Found ${count} ${count === 1 ? "candidate" : "candidates"} in the text.`;
}

/**
 * A web address to fetch (step 1): the page's article becomes the text, and its metadata fills the
 * source's details the analyst left empty. Fetched on the server, through the SSRF guard.
 */
async function fetchedText(formData: FormData, values: FormValues): Promise<{ values: FormValues; fieldErrors: FieldErrors }> {
  const address = keptValue(values, "fetchUrl").trim();
  if (!address) return { values, fieldErrors: {} };
  const file = formData.get("file");
  if (keptValue(values, "text").trim() || (file instanceof File && file.size > 0)) {
    return { values, fieldErrors: { fetchUrl: ["Paste the text, upload a file or give a web address: one of them."] } };
  }
  const result = await importPage(address);
  if (!result.ok) return { values, fieldErrors: { fetchUrl: [result.message] } };
  const filled = filledFromPage(values, result.page);
  return { values: filled, fieldErrors: {} };
}

/** Step 1: read the text, propose candidates, store nothing. */
async function extract(formData: FormData, submitted: FormValues): Promise<FormState> {
  const fetched = await fetchedText(formData, submitted);
  const values = fetched.values;
  if (Object.keys(fetched.fieldErrors).length) {
    return {
      ok: false,
      message: "Nothing was read yet. Check the fields marked below.",
      fieldErrors: fetched.fieldErrors,
      values: { ...sourceValues(values), text: keptValue(values, "text"), fetchUrl: keptValue(values, "fetchUrl") },
    };
  }
  if (keptValue(values, "fetchUrl").trim()) formData.set("text", keptValue(values, "text"));
  const kept = { ...sourceValues(values), text: keptValue(values, "text"), fetchUrl: keptValue(values, "fetchUrl") };
  const { event, meta, day, eventId } = await reviewDefaults(values);
  const fieldErrors: FieldErrors = meta.ok ? {} : { ...meta.fieldErrors };
  if (event === undefined) fieldErrors["event.id"] = ["Choose an event from the list, or none."];
  const read = await readSubmittedText(formData);
  if (!read.ok) Object.assign(fieldErrors, read.fieldErrors);
  if (!meta.ok || !read.ok || Object.keys(fieldErrors).length) {
    return { ok: false, message: "Nothing was read yet. Check the fields marked below.", fieldErrors, values: kept };
  }
  const snapshot = storedSnapshotText(read.result.snapshot.text);
  const review = await buildReview(
    snapshot,
    { url: meta.source.url ?? null, format: read.result.snapshot.format, warnings: read.result.snapshot.warnings },
    { day, eventId },
  );
  const reviewValues = {
    ...sourceValues(values),
    status: "DRAFT",
    "source.use": review.model.existingSource ? "existing" : "new",
    ...review.defaults,
  };
  return reviewState(review.model, reviewValues, { ok: true, message: summary(review) });
}

const TAMPERED =
  "The text under review came back changed, so the positions of its quotes cannot be trusted. Nothing was saved. Bring the text in again.";
const MOVED =
  "The list of speakers or topics changed during the review, so the candidates moved. Nothing was saved. Bring the text in again.";

/** Steps 2 and after: the review again, with every high-confidence candidate ticked, or saved. */
async function reviewed(intent: "accept-high" | "save", values: FormValues, actorId: number): Promise<FormState> {
  const snapshot = verifiedSnapshot(values);
  if (!snapshot) return { ok: false, message: TAMPERED, values: sourceValues(values) };
  // The snapshot goes back to the page in the review itself, not twice.
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => name !== "snapshot" && name !== "sha256" && name !== "intent"));
  const { meta, day, eventId } = await reviewDefaults(values);
  const format = FORMATS.find((f) => f === keptValue(values, "format")) ?? "text";
  const url = meta.ok ? (meta.source.url ?? null) : normaliseUrl(keptValue(values, "source.url"));
  const review = await buildReview(snapshot, { url, format, warnings: [] }, { day, eventId });
  const { candidates } = review.model;
  // The save uses the submitted offsets; they must still be the candidates shown.
  const submitted = submittedIndexes(values, "c");
  const moved = submitted.some((index) => {
    const candidate = candidates[index];
    return (
      !candidate ||
      keptValue(values, `c.${index}.start`) !== String(candidate.start) ||
      keptValue(values, `c.${index}.end`) !== String(candidate.end)
    );
  });
  if (moved) return { ok: false, message: MOVED, values: sourceValues(values) };

  if (intent === "accept-high") {
    const ticked: FormValues = { ...kept };
    for (const candidate of candidates) if (candidate.proposed) ticked[`c.${candidate.index}.accept`] = "on";
    const count = candidates.filter((c) => c.proposed).length;
    return reviewState(review.model, ticked, {
      ok: true,
      message: `${count} high-confidence ${count === 1 ? "candidate is" : "candidates are"} ticked. Check them, then save.`,
    });
  }

  const parsed = parseAccepted(values, snapshot);
  const { accepted, fieldErrors } = parsed;
  const attached = offeredRenderings(parsed.attached, candidates, fieldErrors);
  let choice: SourceChoice | null = null;
  if (keptValue(values, "source.use") === "existing" && review.model.existingSource)
    choice = {
      kind: "existing",
      id: review.model.existingSource.id,
      fetched: meta.ok ? { fetchedAt: meta.source.fetchedAt, fetchedSha256: meta.source.fetchedSha256 } : undefined,
    };
  else if (meta.ok) choice = { kind: "new", source: meta.source };
  else Object.assign(fieldErrors, meta.fieldErrors);
  await refuseKnownNames(accepted, fieldErrors);
  if (accepted.length === 0 && attached.length === 0 && Object.keys(fieldErrors).length === 0) {
    return reviewState(review.model, kept, { ok: false, message: "Nothing was saved: tick “Accept” on at least one candidate." });
  }
  if (!choice || Object.keys(fieldErrors).length) {
    return reviewState(review.model, kept, { ok: false, message: "Nothing was saved. Check the fields marked below.", fieldErrors });
  }

  let saved: { sourceId: number; statementIds: number[] };
  try {
    saved = await saveImport(choice, snapshot, accepted, actorId, attached);
  } catch (error) {
    if (!(error instanceof ImportRefused)) {
      console.error("Unexpected error saving an import:", error);
      return reviewState(review.model, kept, { ok: false, message: "Something went wrong, and nothing was saved. Please try again." });
    }
    const model: ReviewModel = {
      ...review.model,
      shifts: error.shifts,
      candidates: candidates.map((c) => ({ ...c, duplicateOf: error.duplicates[c.index] ?? c.duplicateOf })),
    };
    const count = new Set(Object.keys(error.fieldErrors).map((key) => key.split(".").slice(0, 2).join("."))).size;
    return reviewState(model, kept, {
      ok: false,
      message: `Nothing was saved: ${count === 1 ? "one part needs" : `${count} parts need`} your attention below.`,
      fieldErrors: error.fieldErrors,
    });
  }
  revalidatePath("/", "layout");
  redirect(`/manage/import/saved?source=${saved.sourceId}&count=${saved.statementIds.length}`);
}

/** A "new" speaker who is already in the list would be a second record of the same person. */
async function refuseKnownNames(accepted: ReturnType<typeof parseAccepted>["accepted"], fieldErrors: FieldErrors): Promise<void> {
  for (const { index, input } of accepted) {
    if (input.speaker.kind !== "new") continue;
    const name = input.speaker.person.name;
    const known = await db.person.findFirst({ where: { name, deletedAt: null }, select: { id: true } });
    if (known) fieldErrors[`c.${index}.speaker.new.name`] = [`${name} is already in the list of speakers: choose them there.`];
  }
}

/**
 * The import assistant's one action. Every intent checks the staff session first (an action is a
 * public POST endpoint); only "save" writes, and only in one transaction.
 */
export const importAction = guardedFormAction(STAFF, async ({ user, formData, values }) => {
  const intent = keptValue(values, "intent");
  if (intent === "accept-high" || intent === "save") return reviewed(intent, values, user.id);
  return extract(formData, values);
});
