"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize, guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AuthorizationError } from "@/lib/forms/errors";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { recordId } from "@/lib/records/form-values";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "@/lib/statements/mutations";
import { parseStatementForm } from "@/lib/statements/schema";
import type { PublishedStance } from "@/lib/statements/shift";
import { latestStancesFor } from "@/lib/statements/staff-queries";

const INVALID = "The statement was not saved. Check the fields marked below.";

function revalidateStatements() {
  // Timelines, speaker and topic pages, and the permalink all show statements.
  revalidatePath("/", "layout");
}

export const createStatementAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const parsed = parseStatementForm(values, "create");
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  const { id } = await createStatement(db, parsed.data, user.id);
  revalidateStatements();
  redirect(`/statements/${id}?saved=created`);
});

export const updateStatementAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The statement");
  const parsed = parseStatementForm(values, "update");
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  await updateStatement(db, id, parsed.data, user.id);
  revalidateStatements();
  redirect(`/statements/${id}?saved=updated`);
});

export const deleteStatementAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The statement");
  await softDeleteStatement(db, id, user.id);
  revalidateStatements();
  redirect(`/statements/${id}?saved=deleted`);
});

export const restoreStatementAction = guardedFormAction(STAFF, async ({ user, values }) => {
  const id = recordId(values, "The statement");
  await restoreStatement(db, id, user.id);
  revalidateStatements();
  redirect(`/statements/${id}?saved=restored`);
});

/** The speaker's latest published stances on these topics, for the form's live shift notice. */
export async function latestStancesAction(speakerId: number, topicIds: number[], excludeStatementId: number | null): Promise<PublishedStance[]> {
  try {
    await authorize(STAFF);
    if (!Number.isSafeInteger(speakerId) || !Array.isArray(topicIds) || topicIds.length > 50) return [];
    return await latestStancesFor(speakerId, topicIds.filter(Number.isSafeInteger), Number.isSafeInteger(excludeStatementId) ? excludeStatementId : null);
  } catch (error) {
    // The notice is a convenience: the save checks again and shows it if this failed.
    if (!(error instanceof AuthorizationError)) console.error("Could not load the latest stances:", error);
    return [];
  }
}
