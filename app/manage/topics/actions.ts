"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { pickFields, recordId } from "@/lib/records/form-values";
import { createTopic, restoreTopic, softDeleteTopic, updateTopic } from "@/lib/topics/mutations";
import { topicCreateSchema, topicUpdateSchema } from "@/lib/topics/schema";

const FIELDS = ["name", "slug", "description", "proposition", "version"] as const;
const NOTHING_CHANGED = "Nothing was changed, so there was nothing to save.";
const INVALID = "The topic was not saved. Check the fields marked below.";

function revalidateTopics() {
  revalidatePath("/manage/topics");
  revalidatePath("/", "layout"); // topic names and propositions show on statements and topic pages
}

export const createTopicAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const parsed = topicCreateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const { id } = await db.$transaction((tx) => createTopic(tx, parsed.data, user.id));
  revalidateTopics();
  redirect(`/manage/topics/${id}/edit?saved=created`);
});

export const updateTopicAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The topic");
  const parsed = topicUpdateSchema.safeParse(pickFields(values, FIELDS));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const saved = await db.$transaction((tx) => updateTopic(tx, id, parsed.data, user.id));
  if (saved.version === parsed.data.version) return { ok: true, message: NOTHING_CHANGED, values };
  revalidateTopics();
  redirect(`/manage/topics/${id}/edit?saved=updated`);
});

export const deleteTopicAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The topic");
  await db.$transaction((tx) => softDeleteTopic(tx, id, user.id));
  revalidateTopics();
  redirect(`/manage/topics?deleted=${id}`);
});

export const restoreTopicAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The topic");
  await db.$transaction((tx) => restoreTopic(tx, id, user.id));
  revalidateTopics();
  redirect(`/manage/topics/${id}/edit?saved=restored`);
});
