// Reported speech without quotation marks: “Rutte urged allies to …”, “He emphasized that …”,
// “According to Rutte, …”. The whole sentence is proposed (the analyst trims it); sentences that
// hold a proposed quotation are left to that quotation, and questions and headings are skipped.
import type { Attributor } from "./attribution";
import { SPEECH_VERBS } from "./lexicon";
import { countWords, overlapping, type Paragraph } from "./segment";
import { tokenIndexAt } from "./speakers";
import type { SpeakerGuess, TextRange } from "./types";

export interface ParaphraseCandidate extends TextRange {
  speaker: SpeakerGuess | null;
  confidence: number;
}

/*
 * Confidence of a paraphrase: 0.45 to start; +0.15 when the speaker is named (not a pronoun);
 * +0.05 when the verb is a verb of saying or is followed by “that”/“to”; −0.15 when no speaker
 * could be resolved or the speaker is only described. A possessive with a noun of saying instead of a
 * verb (“Rutte’s assertion that …”) gets 0.35: shown, not proposed. Never above 0.7: a paraphrase is an
 * interpretation and always needs the analyst's wording.
 */
const BASE = 0.45;

function overlaps(range: TextRange, others: readonly TextRange[]): boolean {
  return others.some((other) => other.start < range.end && range.start < other.end);
}

export function findParaphrases(
  text: string,
  paragraphs: readonly Paragraph[],
  attributor: Attributor,
  /** Quotations proposed as candidates and transcript turns: their sentences are not paraphrases. */
  taken: readonly TextRange[],
): ParaphraseCandidate[] {
  const found: ParaphraseCandidate[] = [];
  for (const paragraph of paragraphs) {
    const inParagraph = overlapping(taken, paragraph.start, paragraph.end);
    if (inParagraph.some((t) => t.start <= paragraph.start && paragraph.end <= t.end)) continue;
    let from = paragraph.start;
    let guard = 0;
    while (from < paragraph.end && guard++ < 500) {
      const sentence = attributor.sentenceAt(from);
      if (!sentence || sentence.end <= from) break;
      from = sentence.end + 1;
      let start = Math.max(sentence.start, paragraph.start);
      const end = sentence.end;
      const head = /^(?:[-*•]\s+|#{1,6}\s+)/.exec(text.slice(start, end));
      if (head) start += head[0].length;
      const body = text.slice(start, end);
      if (overlaps({ start, end }, inParagraph)) continue;
      if (/\?["”’)]*$/.test(body)) continue;
      const words = countWords(body);
      if (words < 6 || (!/[.!…"”’)]$/.test(body) && words < 15)) continue;
      const clause = attributor.reportingClause({ start, end });
      if (!clause) continue;
      const verb = attributor.tokens[tokenIndexAt(attributor.tokens, clause.verbStart)];
      const next = attributor.tokens.slice(
        tokenIndexAt(attributor.tokens, clause.verbStart) + 1,
        tokenIndexAt(attributor.tokens, clause.verbStart) + 4,
      );
      let confidence = BASE;
      if (clause.explicit) confidence += 0.15;
      if ((verb && SPEECH_VERBS.has(verb.norm)) || next.some((t) => t.norm === "that" || t.norm === "to")) confidence += 0.05;
      if (!clause.speaker || clause.speaker.role) confidence -= 0.15;
      if (clause.nominal) confidence = 0.35;
      found.push({ start, end, speaker: clause.speaker, confidence: Math.min(0.7, Math.round(confidence * 100) / 100) });
    }
  }
  return found;
}
