"use server";

import { formParse, recordFormActions } from "@/lib/records/form-actions";
import { pickFields } from "@/lib/records/form-values";
import { createSource, sourceRecord, updateSource } from "@/lib/sources/mutations";
import { sourceCreateSchema, sourceUpdateSchema } from "@/lib/sources/schema";

const FIELDS = ["url", "title", "outlet", "kind", "publishedOn", "retrievedOn", "snapshotText", "notes", "version"] as const;

const actions = recordFormActions({
  record: sourceRecord,
  path: "/manage/sources",
  parseCreate: (values) => formParse(sourceCreateSchema.safeParse(pickFields(values, FIELDS))),
  parseUpdate: (values) => formParse(sourceUpdateSchema.safeParse(pickFields(values, FIELDS))),
  create: createSource,
  update: updateSource,
});

export const createSourceAction = actions.create;
export const updateSourceAction = actions.update;
export const deleteSourceAction = actions.softDelete;
export const restoreSourceAction = actions.restore;
