// The shape of the demo data set. Plain data, keyed by natural identifiers (slugs, a key per
// source and event), so the seed can be loaded twice without duplicating anything.

export type DemoDatePrecision = "DAY" | "MONTH" | "YEAR" | "RANGE" | "APPROXIMATE";
export type DemoStance = "STRONGLY_FOR" | "FOR" | "MIXED" | "AGAINST" | "STRONGLY_AGAINST" | "NOT_STATED";
export type DemoHedging = "COMMITTED" | "CONDITIONAL" | "HEDGED";
export type DemoSourceKind = "OFFICIAL_TRANSCRIPT" | "PRESS_RELEASE" | "NEWS_ARTICLE" | "VIDEO" | "SOCIAL_MEDIA" | "OTHER";
export type DemoEventKind =
  "PRESS_CONFERENCE" | "SPEECH" | "INTERVIEW" | "DOORSTEP" | "SUMMIT" | "VIDEO_ADDRESS" | "MEETING" | "MINISTERIAL" | "ELECTION" | "OTHER";

export interface DemoPerson {
  slug: string;
  name: string;
  description: string;
  aliases: string[];
  roles: { title: string; organisation: string; startDate: string | null; endDate: string | null }[];
}

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
  proposition: string;
}

export interface DemoSource {
  key: string;
  url: string | null;
  title: string;
  outlet: string;
  kind: DemoSourceKind;
  publishedOn: string | null; // YYYY-MM-DD
  notes: string;
  /** The passages of the source kept as its stored text, word for word, so quotes are anchored in it. */
  snapshotText?: string;
}

export interface DemoEvent {
  key: string;
  name: string;
  kind: DemoEventKind;
  location: string;
  date: string | null; // YYYY-MM-DD
}

export interface DemoClaim {
  text: string;
  kind: "NUMERIC" | "FACTUAL" | "PREDICTION" | "COMMITMENT";
  value?: number;
  unit?: string;
  status: "UNVERIFIED" | "SUPPORTED" | "DISPUTED" | "FALSE";
  note?: string;
}

export type DemoRelationType = "REAFFIRMS" | "CLARIFIES" | "WALKS_BACK" | "CONTRADICTS" | "RESPONDS_TO" | "SAME_UTTERANCE";

export interface DemoStatement {
  /** Names the statement for links from others. */
  key?: string;
  speaker: string; // person slug
  dateStart: string; // YYYY-MM-DD, earliest possible day
  dateEnd: string; // YYYY-MM-DD, latest possible day
  datePrecision: DemoDatePrecision;
  event: string | null; // event key
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  context: string;
  // Source keys; `rendering` is the words as that source prints them, when they differ from `text`.
  sources: { source: string; page?: string; timestamp?: string; rendering?: string }[];
  topics: { topic: string; stance: DemoStance; hedging?: DemoHedging }[];
  claims: DemoClaim[];
  /** Links from this statement to earlier ones, by their key: "this statement reaffirms that one". */
  links?: { type: DemoRelationType; to: string; note: string }[];
}

export interface DemoDataSet {
  people: DemoPerson[];
  topics: DemoTopic[];
  sources: DemoSource[];
  events: DemoEvent[];
  statements: DemoStatement[];
}
