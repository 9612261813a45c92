import type { ValueLabels } from "@/components/revision-history";

export const TOPIC_LABELS: ValueLabels = {
  fields: { name: "Name", slug: "Slug", description: "Description", proposition: "Proposition", deletedAt: "Deleted" },
};
