"use server";

import { createEvent, eventRecord, updateEvent } from "@/lib/events/mutations";
import { eventCreateSchema, eventUpdateSchema } from "@/lib/events/schema";
import { formParse, recordFormActions } from "@/lib/records/form-actions";
import { pickFields } from "@/lib/records/form-values";

const FIELDS = ["name", "kind", "location", "date", "version"] as const;

const actions = recordFormActions({
  record: eventRecord,
  path: "/manage/events",
  parseCreate: (values) => formParse(eventCreateSchema.safeParse(pickFields(values, FIELDS))),
  parseUpdate: (values) => formParse(eventUpdateSchema.safeParse(pickFields(values, FIELDS))),
  create: createEvent,
  update: updateEvent,
});

export const createEventAction = actions.create;
export const updateEventAction = actions.update;
export const deleteEventAction = actions.softDelete;
export const restoreEventAction = actions.restore;
