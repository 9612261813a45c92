// Speaker-labelled transcripts: paragraphs that open with “NATO Secretary General Mark Rutte:”,
// “Q:”, “MODERATOR:” and the like. Each paragraph of a turn becomes a statement of its speaker. In
// a document that is mostly turns, paragraphs without a label continue the turn before; in an
// article that quotes a short exchange, only the labelled paragraphs count, so the prose after the
// excerpt is not swallowed by its last speaker.
import { NON_SPEAKER_LABELS, NOT_NAME_WORDS, ROLE_LABELS, TITLE_WORDS } from "./lexicon";
import type { Paragraph } from "./segment";
import { matchAlias, tokenize, type SpeakerIndex } from "./speakers";
import type { SpeakerGuess, TextRange } from "./types";

export interface TranscriptTurn {
  label: string;
  labelRange: TextRange;
  speaker: SpeakerGuess | null;
  /** What kind of label: a person in the directory, another name, or a role such as “Q”. */
  labelKind: "known" | "name" | "role";
  /** The spoken text, one range per paragraph, label excluded. */
  paragraphs: TextRange[];
}

const LABEL = /^(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?(?:\*\*|__)?([^\n:]{1,70}?)(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]+(?=\S)/;
const SMALL_WORDS = new Set(["of", "the", "and", "for", "de", "van", "von", "der", "den", "du", "da", "al", "on", "at", "to"]);

interface Label {
  paragraph: Paragraph;
  label: string;
  labelRange: TextRange;
  contentStart: number;
  kind: "known" | "name" | "role";
  speaker: SpeakerGuess | null;
}

function readLabel(text: string, paragraph: Paragraph, index: SpeakerIndex): Label | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
  const match = LABEL.exec(head);
  if (!match) return null;
  const raw = match[1]!.trim();
  const labelStart = paragraph.start + match.index + match[0].indexOf(match[1]!) + (match[1]!.length - match[1]!.trimStart().length);
  const labelRange = { start: labelStart, end: labelStart + raw.length };
  const bare = raw.replace(/\s*\([^)]*\)\s*$/, "").trim(); // “Journalist (Reuters)”
  if (!bare || /[.!?;,"“”«»]/.test(bare.replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen)\./g, "").replace(/\b(?:\p{Lu}\.)+/gu, ""))) return null;
  const words = bare.split(/\s+/);
  if (words.length > 8) return null;
  const lower = bare.toLowerCase();
  if (NON_SPEAKER_LABELS.has(lower) || NON_SPEAKER_LABELS.has(words[0]!.toLowerCase()) || NON_SPEAKER_LABELS.has(lower.replace(/['’]s$/, ""))) return null;
  if (!words.every((w) => /^[\p{Lu}\d\[]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))) return null;
  const contentStart = paragraph.start + match.index + match[0].length;

  const tokens = tokenize(text, labelRange.start, labelRange.end).filter((t) => t.end <= labelRange.end);
  for (let i = 0; i < tokens.length; i++) {
    const alias = matchAlias(text, tokens, i, index);
    if (alias && alias.people.length === 1) {
      const person = index.people[alias.people[0]!]!;
      const speaker: SpeakerGuess = {
        name: person.name,
        ...(person.id !== undefined ? { id: person.id } : {}),
        matched: raw,
        matchStart: labelRange.start,
        matchEnd: labelRange.end,
        via: "label",
      };
      return { paragraph, label: raw, labelRange, contentStart, kind: "known", speaker };
    }
  }
  const firstWord = words[0]!.toLowerCase().replace(/\d+$/, "");
  if (ROLE_LABELS.has(lower) || ROLE_LABELS.has(firstWord) || /^(?:speaker|participant|voice)\s*\d+$/i.test(bare)) {
    const speaker: SpeakerGuess = { name: bare, role: true, matched: raw, matchStart: labelRange.start, matchEnd: labelRange.end, via: "label" };
    return { paragraph, label: raw, labelRange, contentStart, kind: "role", speaker };
  }
  // Another person's name, titles stripped: “Foreign Minister Anna Kowalski”, “ANNA KOWALSKI”.
  const nameWords = words.filter((w) => !TITLE_WORDS.has(w.toLowerCase()) && !SMALL_WORDS.has(w.toLowerCase()));
  if (nameWords.length === 0 || nameWords.length > 4 || nameWords.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || !/^\p{Lu}[\p{L}'’-]*$/u.test(w))) return null;
  const name = nameWords.map((w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(" ");
  const speaker: SpeakerGuess = { name, matched: raw, matchStart: labelRange.start, matchEnd: labelRange.end, via: "label" };
  return { paragraph, label: raw, labelRange, contentStart, kind: "name", speaker };
}

function trimRange(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A paragraph that is only a stage direction: “[Laughter]”, “(inaudible)”, “END”. */
const isStageDirection = (line: string) => /^(?:\[[^\]]*\]|\([^)]*\)|-+|\*+|end|ends|\(end\))$/i.test(line.trim());

/**
 * The speaker turns of a transcript, or none when the text is not one (fewer than two labels).
 */
export function findTranscriptTurns(text: string, paragraphs: readonly Paragraph[], index: SpeakerIndex): TranscriptTurn[] {
  const labels = new Map<number, Label>();
  for (const paragraph of paragraphs) {
    const label = readLabel(text, paragraph, index);
    if (label) labels.set(paragraph.index, label);
  }
  if (labels.size < 2) return [];
  const firstLabelled = Math.min(...labels.keys());
  const share = labels.size / (paragraphs.length - firstLabelled);
  const continues = labels.size >= 4 || (labels.size >= 3 && share >= 0.5);

  const turns: TranscriptTurn[] = [];
  let current: TranscriptTurn | null = null;
  for (const paragraph of paragraphs) {
    const label = labels.get(paragraph.index);
    if (label) {
      current = { label: label.label, labelRange: label.labelRange, speaker: label.speaker, labelKind: label.kind, paragraphs: [] };
      turns.push(current);
      const range = trimRange(text, label.contentStart, paragraph.end);
      if (range && !isStageDirection(text.slice(range.start, range.end))) current.paragraphs.push(range);
      if (!continues) current = null;
      continue;
    }
    if (!current) continue;
    const line = text.slice(paragraph.start, paragraph.end);
    if (/^#{1,6}\s/.test(line) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line.trim())) {
      current = null; // a heading or rule ends the transcript part
      continue;
    }
    if (!isStageDirection(line)) current.paragraphs.push({ start: paragraph.start, end: paragraph.end });
  }
  return turns.filter((turn) => turn.paragraphs.length > 0);
}
