// Measuring extraction against expected candidates (the corpus, or a hand check of real articles).
// A candidate matches an expectation when their words agree at 90% or more (typographic variants
// and a trailing comma ignored), so a boundary difference of a word does not count as a miss.
import { diffWords, typographic } from "./diff";
import { PROPOSED_CONFIDENCE } from "./extract";
import type { Candidate } from "./types";

export interface Expectation {
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  speaker: string | null;
  optional?: boolean;
}

const comparable = (text: string) =>
  typographic(text)
    .replace(/^["']+|["',]+$/g, "")
    .trim();

/** Word agreement of two texts, 0..1 (twice the common words over all words). */
export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 1;
  const ops = diffWords(x, y);
  const common = ops.filter((op) => op.op === "equal").reduce((n, op) => n + op.text.split(" ").length, 0);
  const total = x.split(/\s+/).filter(Boolean).length + y.split(/\s+/).filter(Boolean).length;
  return total === 0 ? 0 : (2 * common) / total;
}

export const MATCH_THRESHOLD = 0.9;

/** Whether a guessed speaker is the expected one; an unnamed expected speaker wants none or a role. */
export function speakerIsRight(candidate: Candidate, expected: string | null): boolean {
  const guess = candidate.speaker;
  if (expected === null) return !guess || guess.role === true;
  return guess !== null && guess.name.toLowerCase() === expected.toLowerCase();
}

export interface DocumentScore {
  expectedQuotes: number;
  foundQuotes: number;
  rightSpeaker: number;
  proposedQuotes: number;
  proposedMatched: number;
  expectedParaphrases: number;
  foundParaphrases: number;
  rightParaphraseSpeaker: number;
  paraphraseCandidates: number;
  misses: string[];
  wrongSpeakers: string[];
  falsePositives: string[];
}

/** Pairs candidates with expectations one to one, best agreement first. */
function pair(candidates: readonly Candidate[], expected: readonly Expectation[]): Map<number, number> {
  const pairs: { c: number; e: number; score: number }[] = [];
  candidates.forEach((candidate, c) =>
    expected.forEach((expectation, e) => {
      const score = similarity(candidate.text, expectation.text);
      if (score >= MATCH_THRESHOLD) pairs.push({ c, e, score });
    }),
  );
  // Best agreement first; on a tie a required expectation before an optional one (a headline repeat).
  const optional = (e: number) => (expected[e]!.optional ? 1 : 0);
  pairs.sort((a, b) => b.score - a.score || optional(a.e) - optional(b.e) || a.c - b.c || a.e - b.e);
  const byExpectation = new Map<number, number>();
  const used = new Set<number>();
  for (const { c, e } of pairs) {
    if (used.has(c) || byExpectation.has(e)) continue;
    used.add(c);
    byExpectation.set(e, c);
  }
  return byExpectation;
}

/**
 * Scores one document. Quotes count as found only when proposed (confidence at or above
 * PROPOSED_CONFIDENCE); precision is over proposed quote candidates, an optional expectation
 * matching one never counting against it. Paraphrases are found at any confidence.
 */
export function scoreDocument(all: readonly Candidate[], expected: readonly Expectation[], text?: string): DocumentScore {
  const candidates = text === undefined ? all : joinTurnSentences(all, text);
  const proposed = candidates.filter((c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE);
  const quotes = expected.filter((e) => e.kind === "QUOTE");
  const quotePairs = pair(proposed, quotes);
  const score: DocumentScore = {
    expectedQuotes: 0,
    foundQuotes: 0,
    rightSpeaker: 0,
    proposedQuotes: proposed.length,
    proposedMatched: quotePairs.size,
    expectedParaphrases: 0,
    foundParaphrases: 0,
    rightParaphraseSpeaker: 0,
    paraphraseCandidates: candidates.filter((c) => c.kind === "PARAPHRASE").length,
    misses: [],
    wrongSpeakers: [],
    falsePositives: [],
  };
  quotes.forEach((expectation, e) => {
    if (expectation.optional) return;
    score.expectedQuotes++;
    const c = quotePairs.get(e);
    if (c === undefined) {
      score.misses.push(expectation.text);
      return;
    }
    score.foundQuotes++;
    if (speakerIsRight(proposed[c]!, expectation.speaker)) score.rightSpeaker++;
    else
      score.wrongSpeakers.push(
        `${expectation.text.slice(0, 60)} → ${proposed[c]!.speaker?.name ?? "none"} (expected ${expectation.speaker ?? "none"})`,
      );
  });
  const matched = new Set(quotePairs.values());
  proposed.forEach((candidate, c) => {
    if (!matched.has(c)) score.falsePositives.push(candidate.text);
  });

  const paraphrases = candidates.filter((c) => c.kind === "PARAPHRASE");
  const expectedParaphrases = expected.filter((e) => e.kind === "PARAPHRASE");
  const paraphrasePairs = pair(paraphrases, expectedParaphrases);
  expectedParaphrases.forEach((expectation, e) => {
    score.expectedParaphrases++;
    const c = paraphrasePairs.get(e);
    if (c === undefined) {
      score.misses.push(`(paraphrase) ${expectation.text}`);
      return;
    }
    score.foundParaphrases++;
    if (speakerIsRight(paraphrases[c]!, expectation.speaker)) score.rightParaphraseSpeaker++;
    else score.wrongSpeakers.push(`(paraphrase) ${expectation.text.slice(0, 60)} → ${paraphrases[c]!.speaker?.name ?? "none"}`);
  });
  return score;
}

/**
 * Transcript candidates are single sentences; this corpus expects a turn's paragraph. For scoring,
 * the sentences of one paragraph with one speaker count as one candidate (proposed when one of them is).
 */
function joinTurnSentences(candidates: readonly Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.origin === "transcript" &&
      candidate.origin === "transcript" &&
      last.speaker?.name === candidate.speaker?.name &&
      !text.slice(last.end, candidate.start).includes("\n")
    ) {
      joined[joined.length - 1] = {
        ...last,
        text: text.slice(last.start, candidate.end),
        end: candidate.end,
        confidence: Math.max(last.confidence, candidate.confidence),
      };
    } else joined.push(candidate);
  }
  return joined;
}

export interface QualityFigures {
  documents: number;
  expectedQuotes: number;
  foundQuotes: number;
  rightSpeaker: number;
  proposedQuotes: number;
  proposedMatched: number;
  /** Share of expected quotes proposed. */
  recall: number;
  /** Share of found quotes with the right speaker. */
  speakerAccuracy: number;
  /** Share of proposed quotes that are real quotes. */
  precision: number;
  paraphraseRecall: number;
  paraphraseSpeakerAccuracy: number;
  paraphraseCandidates: number;
}

export function summarise(scores: readonly DocumentScore[]): QualityFigures {
  const sum = (pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const expectedQuotes = sum((s) => s.expectedQuotes);
  const foundQuotes = sum((s) => s.foundQuotes);
  const rightSpeaker = sum((s) => s.rightSpeaker);
  const proposedQuotes = sum((s) => s.proposedQuotes);
  const proposedMatched = sum((s) => s.proposedMatched);
  const foundParaphrases = sum((s) => s.foundParaphrases);
  return {
    documents: scores.length,
    expectedQuotes,
    foundQuotes,
    rightSpeaker,
    proposedQuotes,
    proposedMatched,
    recall: ratio(foundQuotes, expectedQuotes),
    speakerAccuracy: ratio(rightSpeaker, foundQuotes),
    precision: ratio(proposedMatched, proposedQuotes),
    paraphraseRecall: ratio(
      foundParaphrases,
      sum((s) => s.expectedParaphrases),
    ),
    paraphraseSpeakerAccuracy: ratio(
      sum((s) => s.rightParaphraseSpeaker),
      foundParaphrases,
    ),
    paraphraseCandidates: sum((s) => s.paraphraseCandidates),
  };
}
