"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { createPerson, restorePerson, softDeletePerson, updatePerson } from "@/lib/people/mutations";
import { personFormInput } from "@/lib/people/form";
import { personCreateSchema, personUpdateSchema } from "@/lib/people/schema";
import { recordId } from "@/lib/records/form-values";
import { remapRowIssues } from "@/lib/records/form-rows";

const NOTHING_CHANGED = "Nothing was changed, so there was nothing to save.";
const INVALID = "The speaker was not saved. Check the fields marked below.";

function revalidateSpeakers() {
  revalidatePath("/manage/speakers");
  revalidatePath("/", "layout"); // names and roles show on every statement page
}

export const createPersonAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const { input, rowIndexes } = personFormInput(values);
  const parsed = personCreateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(remapRowIssues(parsed.error.issues, rowIndexes)), values };
  const { id } = await db.$transaction((tx) => createPerson(tx, parsed.data, user.id));
  revalidateSpeakers();
  redirect(`/manage/speakers/${id}/edit?saved=created`);
});

export const updatePersonAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values);
  const { input, rowIndexes } = personFormInput(values);
  const parsed = personUpdateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(remapRowIssues(parsed.error.issues, rowIndexes)), values };
  const saved = await db.$transaction((tx) => updatePerson(tx, id, parsed.data, user.id));
  if (saved.version === parsed.data.version) return { ok: true, message: NOTHING_CHANGED, values };
  revalidateSpeakers();
  redirect(`/manage/speakers/${id}/edit?saved=updated`);
});

export const deletePersonAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values);
  await db.$transaction((tx) => softDeletePerson(tx, id, user.id));
  revalidateSpeakers();
  redirect(`/manage/speakers?deleted=${id}`);
});

export const restorePersonAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values);
  await db.$transaction((tx) => restorePerson(tx, id, user.id));
  revalidateSpeakers();
  redirect(`/manage/speakers/${id}/edit?saved=restored`);
});
