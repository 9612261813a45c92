// Scoring the extraction on the held-out corpus of real texts (corpus/real): per kind, the share
// of quotations (or transcript sentences) proposed, the share of those with the right speaker,
// and strict precision: of what is proposed (confidence ≥ PROPOSED_CONFIDENCE), the share that is
// a real quotation (or a main speaker's sentence) given to its speaker.
import type { RealDocument, RealPerson } from "./corpus/real/types";
import { typographic } from "./diff";
import { extractCandidates, PROPOSED_CONFIDENCE } from "./extract";
import { similarity, MATCH_THRESHOLD } from "./quality";
import type { Candidate, SpeakerDirectory } from "./types";

export interface RealScore {
  expected: number;
  found: number;
  rightSpeaker: number;
  proposed: number;
  proposedRight: number;
  misses: string[];
  wrongSpeakers: string[];
  falsePositives: string[];
}

const empty = (): RealScore => ({
  expected: 0,
  found: 0,
  rightSpeaker: 0,
  proposed: 0,
  proposedRight: 0,
  misses: [],
  wrongSpeakers: [],
  falsePositives: [],
});

export function add(a: RealScore, b: RealScore): RealScore {
  return {
    expected: a.expected + b.expected,
    found: a.found + b.found,
    rightSpeaker: a.rightSpeaker + b.rightSpeaker,
    proposed: a.proposed + b.proposed,
    proposedRight: a.proposedRight + b.proposedRight,
    misses: [...a.misses, ...b.misses],
    wrongSpeakers: [...a.wrongSpeakers, ...b.wrongSpeakers],
    falsePositives: [...a.falsePositives, ...b.falsePositives],
  };
}

export const emptyScore = empty;

const sameSpeaker = (candidate: Candidate, expected: string | null) =>
  expected === null
    ? !candidate.speaker || candidate.speaker.role === true
    : candidate.speaker?.role !== true && candidate.speaker?.name.toLowerCase() === expected.toLowerCase();

const words = (text: string) =>
  typographic(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Sentences of a candidate's text, for scoring transcripts sentence by sentence. */
export function scoringSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function directoryOf(people: readonly RealPerson[]): SpeakerDirectory {
  return people.map((p) => ({ id: p.name, name: p.name, aliases: p.aliases, roles: p.roles }));
}

export function extractReal(doc: RealDocument, speakers: SpeakerDirectory): Candidate[] {
  return extractCandidates(doc.text, { speakers, defaultDate: doc.date }).candidates;
}

export function scoreArticle(doc: Extract<RealDocument, { kind: "article" }>, candidates: readonly Candidate[]): RealScore {
  const score = empty();
  const proposed = candidates.filter((c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE);
  const pairs: { c: number; e: number; s: number }[] = [];
  proposed.forEach((candidate, c) =>
    doc.quotes.forEach((quote, e) => {
      const s = similarity(candidate.text, quote.text);
      if (s >= MATCH_THRESHOLD) pairs.push({ c, e, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || Number(doc.quotes[a.e]!.optional ?? false) - Number(doc.quotes[b.e]!.optional ?? false) || a.c - b.c);
  const byQuote = new Map<number, number>();
  const used = new Set<number>();
  for (const { c, e } of pairs) {
    if (used.has(c) || byQuote.has(e)) continue;
    used.add(c);
    byQuote.set(e, c);
  }
  doc.quotes.forEach((quote, e) => {
    const c = byQuote.get(e);
    if (!quote.optional) {
      score.expected++;
      if (c === undefined) score.misses.push(`${doc.id}: ${quote.text.slice(0, 70)}`);
      else {
        score.found++;
        if (sameSpeaker(proposed[c]!, quote.speaker)) score.rightSpeaker++;
        else
          score.wrongSpeakers.push(
            `${doc.id}: ${quote.text.slice(0, 50)} → ${proposed[c]!.speaker?.name ?? "none"} (expected ${quote.speaker ?? "none"})`,
          );
      }
    }
  });
  proposed.forEach((candidate, c) => {
    score.proposed++;
    const e = [...byQuote.entries()].find(([, cc]) => cc === c)?.[0];
    if (e !== undefined && sameSpeaker(candidate, doc.quotes[e]!.speaker)) score.proposedRight++;
    else score.falsePositives.push(`${doc.id}: ${candidate.text.slice(0, 60)} → ${candidate.speaker?.name ?? "none"}`);
  });
  return score;
}

export function scoreTranscript(doc: Extract<RealDocument, { kind: "transcript" }>, candidates: readonly Candidate[]): RealScore {
  const score = empty();
  const proposed = candidates.filter((c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE);
  const proposedWords = proposed.map((c) => ` ${words(c.text)} `);
  for (const sentence of doc.sentences) {
    if (sentence.optional) continue;
    score.expected++;
    const needle = ` ${words(sentence.text)} `;
    const holders = proposed.filter((_, i) => proposedWords[i]!.includes(needle));
    if (holders.length === 0) {
      score.misses.push(`${doc.id}: ${sentence.text.slice(0, 70)}`);
      continue;
    }
    score.found++;
    if (holders.some((c) => sameSpeaker(c, sentence.speaker))) score.rightSpeaker++;
    else
      score.wrongSpeakers.push(
        `${doc.id}: ${sentence.text.slice(0, 50)} → ${holders[0]!.speaker?.name ?? "none"} (expected ${sentence.speaker})`,
      );
  }
  const expected = doc.sentences.map((s) => ({ ...s, words: words(s.text) }));
  for (const candidate of proposed) {
    for (const sentence of scoringSentences(candidate.text)) {
      score.proposed++;
      const w = words(sentence);
      const match = expected.find(
        (e) => e.words === w || (w.split(" ").length >= 2 && e.words.includes(w)) || similarity(e.text, sentence) >= MATCH_THRESHOLD,
      );
      if (match && sameSpeaker(candidate, match.speaker)) score.proposedRight++;
      else score.falsePositives.push(`${doc.id}: ${sentence.slice(0, 60)} → ${candidate.speaker?.name ?? "none"}`);
    }
  }
  return score;
}

export function scoreReal(doc: RealDocument, candidates: readonly Candidate[]): RealScore {
  return doc.kind === "article" ? scoreArticle(doc, candidates) : scoreTranscript(doc, candidates);
}
