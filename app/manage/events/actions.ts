"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { pickFields, recordId } from "@/lib/records/form-values";
import { createEvent, restoreEvent, softDeleteEvent, updateEvent } from "@/lib/events/mutations";
import { eventCreateSchema, eventUpdateSchema } from "@/lib/events/schema";

const FIELDS = ["name", "kind", "location", "date", "version"] as const;
const NOTHING_CHANGED = "Nothing was changed, so there was nothing to save.";
const INVALID = "The event was not saved. Check the fields marked below.";

function revalidateEvents() {
  revalidatePath("/manage/events");
  revalidatePath("/", "layout"); // events are named on the statements made at them
}

export const createEventAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const parsed = eventCreateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const { id } = await db.$transaction((tx) => createEvent(tx, parsed.data, user.id));
  revalidateEvents();
  redirect(`/manage/events/${id}/edit?saved=created`);
});

export const updateEventAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The event");
  const parsed = eventUpdateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const saved = await db.$transaction((tx) => updateEvent(tx, id, parsed.data, user.id));
  if (saved.version === parsed.data.version) return { ok: true, message: NOTHING_CHANGED, values };
  revalidateEvents();
  redirect(`/manage/events/${id}/edit?saved=updated`);
});

export const deleteEventAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The event");
  await db.$transaction((tx) => softDeleteEvent(tx, id, user.id));
  revalidateEvents();
  redirect(`/manage/events?deleted=${id}`);
});

export const restoreEventAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The event");
  await db.$transaction((tx) => restoreEvent(tx, id, user.id));
  revalidateEvents();
  redirect(`/manage/events/${id}/edit?saved=restored`);
});
