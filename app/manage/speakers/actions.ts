"use server";

import { createPerson, personRecord, updatePerson } from "@/lib/people/mutations";
import { personFormInput } from "@/lib/people/form";
import { personCreateSchema, personUpdateSchema } from "@/lib/people/schema";
import { formParse, recordFormActions } from "@/lib/records/form-actions";
import { remapRowIssues } from "@/lib/records/form-rows";
import type { FormValues } from "@/lib/forms/state";
import type { z } from "zod";

/** The speaker form, with messages on repeatable rows moved to the row the user typed in. */
function parsePerson<S extends z.ZodType>(schema: S, values: FormValues) {
  const { input, rowIndexes } = personFormInput(values);
  return formParse<z.output<S>>(schema.safeParse(input), (issues) => remapRowIssues(issues, rowIndexes));
}

const actions = recordFormActions({
  record: personRecord,
  path: "/manage/speakers",
  parseCreate: (values) => parsePerson(personCreateSchema, values),
  parseUpdate: (values) => parsePerson(personUpdateSchema, values),
  create: createPerson,
  update: updatePerson,
});

export const createPersonAction = actions.create;
export const updatePersonAction = actions.update;
export const deletePersonAction = actions.softDelete;
export const restorePersonAction = actions.restore;
