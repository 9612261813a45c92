import type { ValueLabels } from "@/components/revision-history";
import { SOURCE_KIND_LABEL } from "@/lib/sources/kinds";

export const SOURCE_LABELS: ValueLabels = {
  fields: {
    url: "Web address",
    title: "Title",
    outlet: "Outlet",
    kind: "Kind",
    publishedOn: "Published on",
    retrievedOn: "Retrieved on",
    snapshotText: "Full text",
    snapshotSha256: "Full-text fingerprint (SHA-256)",
    fetchedAt: "Fetched at",
    fetchedSha256: "Fetched page fingerprint (SHA-256)",
    notes: "Notes",
    deletedAt: "Deleted",
  },
  values: { kind: SOURCE_KIND_LABEL },
};
