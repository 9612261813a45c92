// From the speaker form's fields to the schema's input, and back to rows for rendering again.
import { keptValue, type FormValues } from "@/lib/forms/state";
import { submittedList, submittedRows } from "@/lib/records/form-rows";

export const ROLE_FIELDS = ["title", "organisation", "startDate", "endDate"] as const;

export function personFormInput(values: FormValues) {
  const roles = submittedRows(values, "roles", ROLE_FIELDS);
  const aliases = submittedList(values, "aliases");
  return {
    input: {
      name: keptValue(values, "name"),
      slug: keptValue(values, "slug"),
      description: keptValue(values, "description"),
      aliases: aliases.items,
      roles: roles.rows,
      version: keptValue(values, "version"),
    },
    rowIndexes: { roles: roles.indexes, aliases: aliases.indexes },
  };
}
