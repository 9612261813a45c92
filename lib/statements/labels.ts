// How a statement's fields and stored values read in its history and in conflict notices.
import type { ValueLabels } from "@/lib/revisions/labels";

export const STATEMENT_LABELS: ValueLabels = {
  fields: {
    speaker: "Speaker",
    date: "Date",
    event: "Occasion",
    kind: "Kind",
    text: "Text",
    context: "Notes and context",
    language: "Language",
    status: "Status",
    sources: "Sources",
    topics: "Topics and stances",
    claims: "Claims",
    links: "Links to other statements",
    deletedAt: "Deleted",
  },
  values: {
    kind: { QUOTE: "Verbatim quote", PARAPHRASE: "Paraphrase" },
    status: { DRAFT: "Draft", PUBLISHED: "Published" },
  },
};
