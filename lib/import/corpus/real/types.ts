// The held-out corpus of real public texts: short excerpts of official transcripts and news
// pages, with their addresses, annotated by hand before any rule was changed against them. Kept
// apart from the invented corpus next to it, which was written alongside the rules.

export interface RealRole {
  title: string;
  organisation: string;
  startDate: string | null;
  endDate: string | null;
}

export interface RealPerson {
  name: string;
  aliases: string[];
  roles: RealRole[];
}

export interface RealQuote {
  /** The quoted words as printed (an interrupted quote joined by one space). */
  text: string;
  /** The person or organisation who said it; null when the text names nobody. */
  speaker: string | null;
  /** A scare quote or a fragment of three words or fewer: never required, never a false positive. */
  optional?: boolean;
}

export interface RealSentence {
  text: string;
  speaker: string;
  /** Greetings and thanks: never required, never a false positive. */
  optional?: boolean;
}

interface RealBase {
  id: string;
  /** dev: looked at while changing rules; test: scored only, never read for tuning. */
  split: "dev" | "test";
  url: string;
  outlet: string;
  /** The day the words were spoken or published (roles are resolved on it). */
  date: string;
  layout: string;
  text: string;
}

export interface RealArticle extends RealBase {
  kind: "article";
  quotes: RealQuote[];
}

export interface RealTranscript extends RealBase {
  kind: "transcript";
  /** The main speakers' sentences (questions and moderators' words are context, not listed). */
  sentences: RealSentence[];
}

export type RealDocument = RealArticle | RealTranscript;
