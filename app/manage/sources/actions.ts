"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { pickFields, recordId } from "@/lib/records/form-values";
import { createSource, restoreSource, softDeleteSource, updateSource } from "@/lib/sources/mutations";
import { sourceCreateSchema, sourceUpdateSchema } from "@/lib/sources/schema";

const FIELDS = ["url", "title", "outlet", "kind", "publishedOn", "retrievedOn", "snapshotText", "notes", "version"] as const;
const NOTHING_CHANGED = "Nothing was changed, so there was nothing to save.";
const INVALID = "The source was not saved. Check the fields marked below.";

function revalidateSources() {
  revalidatePath("/manage/sources");
  revalidatePath("/", "layout"); // sources are listed under every statement that cites them
}

export const createSourceAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const parsed = sourceCreateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const { id } = await db.$transaction((tx) => createSource(tx, parsed.data, user.id));
  revalidateSources();
  redirect(`/manage/sources/${id}/edit?saved=created`);
});

export const updateSourceAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The source");
  const parsed = sourceUpdateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const saved = await db.$transaction((tx) => updateSource(tx, id, parsed.data, user.id));
  if (saved.version === parsed.data.version) return { ok: true, message: NOTHING_CHANGED, values };
  revalidateSources();
  redirect(`/manage/sources/${id}/edit?saved=updated`);
});

export const deleteSourceAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The source");
  await db.$transaction((tx) => softDeleteSource(tx, id, user.id));
  revalidateSources();
  redirect(`/manage/sources?deleted=${id}`);
});

export const restoreSourceAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The source");
  await db.$transaction((tx) => restoreSource(tx, id, user.id));
  revalidateSources();
  redirect(`/manage/sources/${id}/edit?saved=restored`);
});
