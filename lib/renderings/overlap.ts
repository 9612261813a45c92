// Whether two texts are likely one utterance in two renderings: the share of the shorter text's
// words that the other gives in the same order (compared as lib/renderings compares renderings,
// so case, punctuation, spelling variants and number forms do not count against it). A report
// that quotes part of a longer transcript still scores high.
import { diffArrays } from "diff";
import type { DiffSegment } from "./compare";
import { tokenise } from "./tokens";

/** Fewer words than this are too few to call two texts one utterance. */
export const MIN_MATCH_WORDS = 6;
/** The share of words in common from which a statement is offered as the same utterance. */
export const SAME_UTTERANCE_OVERLAP = 0.7;

export function wordOverlap(a: string, b: string): number {
  const from = tokenise(a).map((t) => t.key);
  const to = tokenise(b).map((t) => t.key);
  const shorter = Math.min(from.length, to.length);
  if (shorter < MIN_MATCH_WORDS) return 0;
  const common = diffArrays(from, to)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.count, 0);
  return common / shorter;
}

export const isLikelySameUtterance = (a: string, b: string) => wordOverlap(a, b) >= SAME_UTTERANCE_OVERLAP;

/** A statement already recorded that a new text likely renders again, with their comparison. */
export interface RenderingMatch {
  id: number;
  text: string;
  dateLabel: string;
  status: "DRAFT" | "PUBLISHED";
  /** Share of words in common, 0 to 1. */
  overlap: number;
  segments: DiffSegment[];
  sameWords: boolean;
  changesMeaning: boolean;
  /** What each difference does ("Has “dark” where the speaker said “direct”"). */
  flags: string[];
}
