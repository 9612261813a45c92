// The sentences of the dossier that are made from its data.
import type { DossierSource, TopicDossier } from "./dossier";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function metaRows(dossier: TopicDossier): { label: string; value: string }[] {
  return [
    ...(dossier.asOf ? [{ label: "As of", value: `${dossier.asOf.label}; today's version: ${dossier.asOf.todayUrl}` }] : []),
    { label: "Speaker", value: dossier.speaker ? dossier.speaker.name : "Nobody has a published statement on this topic yet." },
    {
      label: "Filters",
      value: dossier.filters.length > 0 ? dossier.filters.join(" · ") : "None: every published statement by this speaker on the topic.",
    },
    {
      label: "In this view",
      value:
        dossier.statements.length > 0
          ? `${plural(dossier.statements.length, "statement")}, oldest first; ${plural(dossier.sources.length, "source")}`
          : "No statements match this view.",
    },
    { label: "Generated", value: dossier.generatedLabel },
    { label: "Dataset version", value: dossier.datasetVersion },
  ];
}

export const READING_NOTE =
  "This dossier shows the published statements of the live view as they stood when it was generated (see the dataset version). Quotes are verbatim and set in quotation marks; paraphrases are the analysts’ wording. Stances are measured against the proposition above. Each statement’s permalink leads to its current version.";

export const AS_OF_READING_NOTE =
  "This dossier shows the record as it stood on the day named above (As of), rebuilt from the history of changes: statements published later are left out, and statements changed, unpublished or deleted since are shown as they stood then. Quotes are verbatim and set in quotation marks; paraphrases are the analysts’ wording. Stances are measured against the proposition above. Each statement’s link leads to its version of that day.";

export const readingNote = (dossier: TopicDossier) => (dossier.asOf ? AS_OF_READING_NOTE : READING_NOTE);

export function recordSummary(dossier: TopicDossier): string {
  const reversals = dossier.reversals > 0 ? `, ${plural(dossier.reversals, "reversal")}` : "";
  return `${plural(dossier.recordCount, "statement")} on record on this topic on ${plural(dossier.occasionCount, "occasion")}, ${plural(dossier.shifts.length, "change")} of position${reversals}. This summary and the chart cover the whole record; the statements listed below are those in the view.`;
}

export function statementsIntro(dossier: TopicDossier): string {
  return `${plural(dossier.statements.length, "statement")}, oldest first. Dates are as precise as they are known; numbers in brackets refer to the list of sources at the end.`;
}

export function noStatementsReason(dossier: TopicDossier): string {
  if (!dossier.speaker) return "Nobody has a published statement on this topic yet.";
  return dossier.filters.length > 0
    ? "No published statement by this speaker on the topic matches all the filters above. Remove a filter in the live view to see more."
    : "This speaker has no published statement on the topic.";
}

export function sourceDetails(source: DossierSource): string {
  const published = source.publishedLabel ? `published ${source.publishedLabel}` : "publication date not recorded";
  return [source.outlet, source.kindLabel, published, `cited by ${plural(source.statementCount, "statement")} in this dossier`]
    .filter(Boolean)
    .join(" · ");
}
