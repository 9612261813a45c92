import type { ValueLabels } from "@/components/revision-history";
import { EVENT_KIND_LABEL } from "@/lib/events/kinds";

export const EVENT_LABELS: ValueLabels = {
  fields: { name: "Name", kind: "Kind", location: "Location", date: "Date", deletedAt: "Deleted" },
  values: { kind: EVENT_KIND_LABEL },
};
