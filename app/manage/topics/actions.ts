"use server";

import { formParse, recordFormActions } from "@/lib/records/form-actions";
import { pickFields } from "@/lib/records/form-values";
import { createTopic, topicRecord, updateTopic } from "@/lib/topics/mutations";
import { topicCreateSchema, topicUpdateSchema } from "@/lib/topics/schema";

const FIELDS = ["name", "slug", "description", "proposition", "version"] as const;

const actions = recordFormActions({
  record: topicRecord,
  path: "/manage/topics",
  parseCreate: (values) => formParse(topicCreateSchema.safeParse(pickFields(values, FIELDS))),
  parseUpdate: (values) => formParse(topicUpdateSchema.safeParse(pickFields(values, FIELDS))),
  create: createTopic,
  update: updateTopic,
});

export const createTopicAction = actions.create;
export const updateTopicAction = actions.update;
export const deleteTopicAction = actions.softDelete;
export const restoreTopicAction = actions.restore;
