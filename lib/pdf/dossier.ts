// The topic dossier: everything the exported PDF shows, as plain serialisable data. It is built
// from the database in the request's thread (build-dossier.ts) and posted to a render worker, so
// it holds only strings, numbers and plain objects, with every label already worded.
import type { ClaimStatusValue } from "@/lib/claims/kinds";
import type { DiffSegment } from "@/lib/renderings/compare";
import type { StanceChartModel } from "@/lib/stances/chart-model";
import type { ChangeKind } from "@/lib/stances/positions";
import type { Stance } from "@/lib/stances/scale";

export interface DossierClaim {
  text: string;
  status: ClaimStatusValue;
  statusLabel: string;
  note: string;
}

export interface DossierCitation {
  /** The source's number in the dossier's list of sources. */
  sourceNumber: number;
  /** Where in the source: a page or a timestamp, when recorded. */
  locator: string | null;
  /**
   * Set when the source gives the words in a wording that changes their meaning: the differing
   * words against the statement's text (condensed around the changes) and what each change does.
   */
  misreport?: { segments: DiffSegment[]; flags: string[] };
}

export interface DossierStatement {
  id: number;
  /** The date as precisely as it is known: "12 Nov 2024", "Nov 2024", "c. mid-2025". */
  dateLabel: string;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  roleThen: string | null;
  occasion: string | null;
  stance: Stance | null;
  stanceLabel: string | null;
  hedgingLabel: string | null;
  /** The change of position the statement's occasion begins, if any. */
  shift: { kindLabel: string; fromLabel: string; toLabel: string } | null;
  claims: DossierClaim[];
  citations: DossierCitation[];
  /** Its links to other statements, both directions: "Walks back: “…” (3 Mar 2025, Mark Rutte)". */
  links: string[];
  permalink: string;
}

export interface DossierSource {
  number: number;
  title: string;
  outlet: string;
  kindLabel: string;
  publishedLabel: string | null;
  url: string | null;
  /** How many statements in the dossier cite it. */
  statementCount: number;
}

export interface DossierShift {
  statementId: number;
  dateLabel: string;
  kind: Exclude<ChangeKind, "FIRST">;
  kindLabel: string;
  from: Stance[];
  to: Stance[];
  fromLabel: string;
  toLabel: string;
  /** The walk-backs and contradictions that explain it: "walks back the statement of 3 Mar 2025". */
  links: string[];
}

export interface DossierPosition {
  stances: Stance[];
  stanceLabel: string;
  sinceLabel: string;
  latestLabel: string;
  /** Whether the latest occasion is the one that began the current position. */
  sinceIsLatest: boolean;
  /** "For since Oct 2024; hardened to Strongly for in Jun 2025; no reversal" */
  headline: string;
}

export interface TopicDossier {
  topic: { slug: string; name: string; proposition: string; description: string };
  /** The speaker the view shows; null when nobody has spoken on the topic yet. */
  speaker: { slug: string; name: string } | null;
  /** The view's filters besides topic and speaker, in words ("Quotes only", "From 2024-01-01"). */
  filters: string[];
  generatedAt: string;
  generatedLabel: string;
  /** Which state of the data the dossier shows: the latest revision, or the latest edit. */
  datasetVersion: string;
  liveUrl: string;
  /** Set when the dossier shows the record as it stood on a past day: its label and today's view. */
  asOf?: { label: string; todayUrl: string };
  /** The speaker's position over the whole record on the topic (as on the topic page). */
  position: DossierPosition | null;
  recordCount: number;
  occasionCount: number;
  reversals: number;
  shifts: DossierShift[];
  chart: StanceChartModel | null;
  /** The statements of the view, oldest first. */
  statements: DossierStatement[];
  sources: DossierSource[];
}

/** Title of the document and of its running header: "Defence spending — Mark Rutte". */
export function dossierTitle(dossier: Pick<TopicDossier, "topic" | "speaker">): string {
  return dossier.speaker ? `${dossier.topic.name} — ${dossier.speaker.name}` : dossier.topic.name;
}
