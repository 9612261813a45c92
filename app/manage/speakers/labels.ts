import type { ValueLabels } from "@/components/revision-history";

export const PERSON_LABELS: ValueLabels = {
  fields: { name: "Name", slug: "Slug", description: "Description", aliases: "Other names", roles: "Roles", deletedAt: "Deleted" },
};
