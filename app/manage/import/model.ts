// What the import assistant's review step shows, as the action returns it to the page. Plain data
// (no Prisma, no engine imports) so the client form can import it. Every candidate's fields are
// named `c.<index>.<statement field>` ("c.3.speaker.id", "c.3.topics.0.stance"): the statement
// form's names under a per-candidate prefix, so the statement schema's messages land next to them.
import type { CandidateFlag, NumericMeasure } from "@/lib/import/types";
import type { RenderingMatch } from "@/lib/renderings/overlap";

export type Option = { value: string; label: string };

export interface ImportOptions {
  speakers: Option[];
  topics: Option[];
  events: Option[];
}

export type ImportIntent = "extract" | "accept-high" | "save";

export interface ReviewCandidate {
  index: number;
  kind: "QUOTE" | "PARAPHRASE";
  /** The candidate's words as extracted (the text field's starting value). */
  text: string;
  start: number;
  end: number;
  /** The snapshot from start to end: quoted segments, and the attribution between them. */
  pieces: { text: string; quoted: boolean }[];
  before: string;
  after: string;
  confidence: number;
  /** At or above the engine's PROPOSED_CONFIDENCE. */
  highConfidence: boolean;
  /**
   * Ticked at first, and by "Accept all high-confidence": high confidence, a person (not a role
   * such as "Q") as its speaker, and no duplicate of a saved statement.
   */
  proposed: boolean;
  flags: CandidateFlag[];
  /** How the speaker was read, e.g. "“he”, after the quote"; null when none was found. */
  speakerNote: string | null;
  duplicateOf: DuplicateOf | null;
  /**
   * Statements already recorded that these words likely render again (same speaker, close date,
   * most words in common): the review offers to add the source to one of them instead
   * (`c.<index>.renderingOf`), as another rendering with its own anchor.
   */
  renderingOf: RenderingMatch[];
  /**
   * Numbers the engine found in the candidate, as it read them. Each is a claim row of the form,
   * `c.<index>.claims.<row>.{include,text,value,unit}`, saved as a NUMERIC, unverified claim.
   */
  claims: { measure: NumericMeasure; text: string }[];
  /**
   * Topics whose words occur in the candidate, with the words that matched: offered first in each
   * topic list, never chosen for the analyst (a stance on them would be invented).
   */
  suggestedTopics: { id: string; name: string; matched: string[] }[];
}

export interface DuplicateOf {
  id: number;
  text: string;
  status: "DRAFT" | "PUBLISHED";
  /** Set when the earlier statement is another candidate of this import (nothing saved yet). */
  candidate?: number;
}

export interface ExistingSource {
  id: number;
  title: string;
  /** What happens to its stored text: it is the same, it is empty (ours is added), or it differs. */
  snapshot: "same" | "empty" | "different";
}

export interface ReviewModel {
  snapshot: string;
  sha256: string;
  characters: number;
  format: "text" | "markdown" | "html";
  existingSource: ExistingSource | null;
  warnings: string[];
  candidates: ReviewCandidate[];
  /** Per candidate index: a possible stance shift the save reported (key = topic row). */
  shifts: Record<string, { key: string; message: string; signature: string; statementId: number }[]>;
}

export const candidateField = (index: number, field: string) => `c.${index}.${field}`;

export const MEASURE_LABEL: Record<NumericMeasure, string> = {
  percentage: "percentage",
  money: "amount of money",
  rate: "count per period",
  count: "number of things",
};

export const FLAG_NOTE: Partial<Record<CandidateFlag, string>> = {
  interrupted: "Interrupted by its attribution; the parts are joined.",
  "multi-paragraph": "Runs over several paragraphs.",
  fragment: "Two or three words: probably a scare quote or a fragment.",
  title: "Looks like a title or a name in quotation marks.",
  headline: "Part of a headline.",
  duplicate: "Repeats a quotation from the article's body.",
  transcript: "A speaker-labelled transcript turn.",
  "editorial-insertion": "Contains an editorial insertion in [brackets].",
  unattributed: "No speaker found.",
};

export const SPEAKER_VIA: Record<string, string> = {
  label: "from the transcript label",
  heading: "named in the transcript's heading",
  after: "named after the quote",
  before: "named before the quote",
  subject: "subject of the reporting verb",
  possessive: "from a possessive (“his …”)",
  continuation: "same speaker as the quote before",
  context: "only the last person named nearby",
};
