"use server";

import { authorize, STAFF } from "@/lib/auth/guard";
import { AuthorizationError } from "@/lib/forms/errors";
import { formParse, recordFormActions } from "@/lib/records/form-actions";
import { createStatement, statementRecord, updateStatement } from "@/lib/statements/mutations";
import { parseStatementForm } from "@/lib/statements/schema";
import type { PublishedStance } from "@/lib/statements/shift";
import { latestStancesFor } from "@/lib/statements/staff-queries";
import { db } from "@/lib/db/client";
import { linkedStatementLine, searchLinkCandidates } from "@/lib/relations/queries";
import type { LinkCandidate } from "@/components/statement-fields/relation-fields";

// Saved statements land on their permalink, which shows the saved banner and the staff bar.
const actions = recordFormActions({
  record: statementRecord,
  path: "/manage/statements",
  parseCreate: (values) => formParse(parseStatementForm(values, "create")),
  parseUpdate: (values) => formParse(parseStatementForm(values, "update")),
  create: createStatement,
  update: updateStatement,
  savedPath: (id, saved) => `/statements/${id}?saved=${saved}`,
  reportUnchanged: false,
});

export const createStatementAction = actions.create;
export const updateStatementAction = actions.update;
export const deleteStatementAction = actions.softDelete;
export const restoreStatementAction = actions.restore;

/** The speaker's latest published stances on these topics, for the form's live shift notice. */
export async function latestStancesAction(
  speakerId: number,
  topicIds: number[],
  excludeStatementId: number | null,
): Promise<PublishedStance[]> {
  try {
    await authorize(STAFF);
    if (!Number.isSafeInteger(speakerId) || !Array.isArray(topicIds) || topicIds.length > 50) return [];
    return await latestStancesFor(
      speakerId,
      topicIds.filter(Number.isSafeInteger),
      Number.isSafeInteger(excludeStatementId) ? excludeStatementId : null,
    );
  } catch (error) {
    // The notice is a convenience: the save checks again and shows it if this failed.
    if (!(error instanceof AuthorizationError)) console.error("Could not load the latest stances:", error);
    return [];
  }
}

/** Statements matching what the analyst typed in a link row, for its picker (drafts included: staff only). */
export async function searchLinkCandidatesAction(query: string, excludeId: number | null): Promise<LinkCandidate[]> {
  try {
    await authorize(STAFF);
    if (typeof query !== "string") return [];
    const found = await searchLinkCandidates(db, query, Number.isSafeInteger(excludeId) ? excludeId : null);
    return found.map((statement) => ({ id: statement.id, line: linkedStatementLine(statement) }));
  } catch (error) {
    // The picker is a convenience: a number or permalink typed by hand still works.
    if (!(error instanceof AuthorizationError)) console.error("Could not search statements to link:", error);
    return [];
  }
}
