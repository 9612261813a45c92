// Shapes shared by the extraction engine (pure: no Prisma, no React). Offsets are UTF-16 code
// unit offsets into the normalised snapshot text: start inclusive, end exclusive.
import type { RolePeriod } from "@/lib/people/roles";

export interface TextRange {
  start: number;
  end: number;
}

/** A person the engine may attribute statements to: a database Person or a demo-data person. */
export interface SpeakerEntry {
  id?: string | number;
  name: string;
  aliases: readonly string[];
  /** Roles over time (“Secretary General, NATO” from a day to a day): role nouns resolve through them. */
  roles?: readonly RolePeriod[];
}

/** What speaker resolution works from; built from the database or from lib/demo/data.ts. */
export type SpeakerDirectory = readonly SpeakerEntry[];

/** A topic as stored (Topic model / DemoTopic): suggestions are matched on all four fields. */
export interface TopicEntry {
  id?: string | number;
  slug: string;
  name: string;
  description: string;
  proposition: string;
}

/** How the speaker of a candidate was found, strongest first. */
export type AttributionVia =
  | "label" // transcript turn label ("Mark Rutte:")
  | "heading" // the one speaker a transcript's heading names ("Doorstep statement by …")
  | "after" // attribution after the quote (“…,” Rutte said)
  | "before" // attribution before the quote (Rutte said: “…”)
  | "subject" // subject of a reporting verb (paraphrase)
  | "possessive" // “his emphasis on ‘…’”, “Rutte’s phrasing, ‘…’”
  | "continuation" // “…,” he added: same speaker as the quote before
  | "context"; // no attribution nearby: the last person named

export interface SpeakerGuess {
  /** Canonical name (directory name, or the name as printed for people not in the directory). */
  name: string;
  /** Directory id when the speaker is a known person; absent for unknown people and roles. */
  id?: string | number;
  /** True when the name is a role label ("Q", "Moderator") or a description, not a person. */
  role?: boolean;
  /** The words in the text the speaker was read from ("he", "the NATO chief", "Rutte"). */
  matched: string;
  matchStart: number;
  matchEnd: number;
  via: AttributionVia;
}

export type NumericMeasure = "percentage" | "money" | "rate" | "count";

export interface NumericClaim {
  /** Claim kind as stored (ClaimKind): numbers found in text are always NUMERIC. */
  kind: "NUMERIC";
  measure: NumericMeasure;
  /** The words the number was read from, e.g. "a 400% increase", "1,000 Russian casualties per day". */
  text: string;
  value: number;
  unit: string;
  start: number;
  end: number;
}

export interface TopicSuggestion {
  slug: string;
  id?: string | number;
  name: string;
  score: number;
  /** Topic keywords found in the candidate, as written, once per word found. */
  matched: string[];
  /** The evidence to show: the distinct words of the candidate that matched the topic, as written. */
  matchedTerms: string[];
}

/** Where a quote stands in its snapshot: exact text, a little context either side, offsets. */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type CandidateKind = "QUOTE" | "PARAPHRASE";

export type CandidateFlag =
  | "interrupted" // several quoted segments around an attribution, merged
  | "multi-paragraph" // the quote runs over paragraphs (each reopened with a quote mark)
  | "fragment" // two or three words: probably a scare quote or partial phrase
  | "title" // looks like a title or name in quotation marks
  | "headline" // inside a headline-like line
  | "duplicate" // the same words are proposed elsewhere with better attribution
  | "transcript" // a speaker-labelled transcript turn
  | "editorial-insertion" // contains a [bracketed] editorial insertion
  | "unattributed"; // no speaker could be found

/**
 * signed: words printed without marks over their speaker's name (a pull quote, a letter);
 * introduced: words printed without marks after “X said:” (a government release).
 */
export type CandidateOrigin = "quote-marks" | "transcript" | "reported-speech" | "signed" | "introduced";

export interface Candidate {
  kind: CandidateKind;
  origin: CandidateOrigin;
  /**
   * The statement text. For one segment: exactly snapshot.slice(start, end). For several
   * segments: joinSegments(snapshot, segments) (segments joined by one space, or by a blank
   * line where the quote ran over paragraphs).
   */
  text: string;
  start: number;
  end: number;
  segments: TextRange[];
  speaker: SpeakerGuess | null;
  /** 0..1; candidates at or above PROPOSED_CONFIDENCE are proposed (pre-selected) for review. */
  confidence: number;
  flags: CandidateFlag[];
  claims: NumericClaim[];
  topics: TopicSuggestion[];
  anchor: QuoteAnchor;
  /** The date given to extractCandidates as defaultDate, to be confirmed by the analyst. */
  date: string | null;
}

export interface ExtractOptions {
  speakers?: SpeakerDirectory;
  topics?: readonly TopicEntry[];
  /** A suggested statement date (YYYY-MM-DD), e.g. the source's publication date. */
  defaultDate?: string | null;
}

export interface ExtractResult {
  candidates: Candidate[];
  warnings: string[];
}
