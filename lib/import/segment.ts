// Paragraphs, sentences and words of a snapshot, as offset ranges. Plain-text articles come in two
// shapes: one paragraph per line (most pasted or exported text) or hard-wrapped lines with blank
// lines between paragraphs. The second is recognised so that a quote may run over a line break.
import type { TextRange } from "./types";

export interface Paragraph extends TextRange {
  index: number;
}

/** Whether the text is hard-wrapped: most lines short and followed by another non-blank line. */
export function isHardWrapped(text: string): boolean {
  const lines = text.split("\n");
  let continued = 0;
  let nonBlank = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    nonBlank++;
    lengths.push(line.length);
    if (lines[i + 1]?.trim()) continued++;
  }
  if (nonBlank < 4 || !text.includes("\n\n")) return false;
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  const longest = lengths[lengths.length - 1]!;
  return continued / nonBlank >= 0.5 && median >= 30 && longest <= 100;
}

/**
 * Whether the text is wire copy wrapped without blank lines: most lines short, ending mid-sentence
 * and followed by another. Its paragraphs end where a line ends a sentence.
 */
export function isWrappedWithoutBlankLines(text: string): boolean {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 4) return false;
  const midSentence = lines.slice(0, -1).filter((line) => !/[.!?…:]["”’)\]]*$/.test(line)).length;
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  return midSentence / (lines.length - 1) >= 0.6 && median >= 40 && lengths[lengths.length - 1]! <= 90;
}

/** The paragraphs of a text: lines, or blank-line separated blocks when the text is hard-wrapped. */
export function splitParagraphs(text: string, hardWrapped = isHardWrapped(text)): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = hardWrapped ? /\n[ \t]*\n/g : isWrappedWithoutBlankLines(text) ? /(?<=[.!?…:]["”’)\]]*)[ \t]*\n|\n[ \t]*\n/g : /\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  };
  const lineBreaks = separator.source === "\\n";
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    // A line cut mid-sentence (“… about the\nmarriage of …”) goes on: not a paragraph of its own.
    if (
      lineBreaks &&
      /[\p{Ll},][ \t]*$/u.test(text.slice(Math.max(from, match.index - 2), match.index)) &&
      /^[ \t]*\p{Ll}/u.test(text.slice(match.index + 1, match.index + 4)) &&
      text.slice(from, match.index).trim().split(/\s+/).length >= 5
    )
      continue;
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** The paragraph containing `offset` (or the last one starting before it), by binary search. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  let found: Paragraph | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const paragraph = paragraphs[mid]!;
    if (paragraph.start <= offset) {
      found = paragraph;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "adm",
  "sgt",
  "sen",
  "rep",
  "gov",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "est",
  "fig",
  "dept",
  "univ",
  "assn",
  "bros",
  "mt",
  "ft",
  "pres",
]);

/** Whether the "." at `dot` ends an abbreviation or initial ("Mr.", "U.S.", "J.") rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, e.g, a.m
  if (word.toLowerCase() === "no") return /^\s*\d/.test(text.slice(dot + 1, dot + 4)); // “No. 5”, not “said no.”
  return ABBREVIATIONS.has(word.toLowerCase());
}

// “ and ‘ too: some articles close quotes with the opening mark.
const CLOSERS = `"'”’»›)]“‘`;

/**
 * Sentence ranges inside [from, to). A sentence ends at . ! ? or … (plus closing quotes and
 * brackets) followed by a space and a capital, digit, quote mark or bracket; `protectedRanges`
 * (quotations) never contain a break except at their very end.
 */
export function splitSentences(text: string, from: number, to: number, protectedRanges: readonly TextRange[] = []): TextRange[] {
  const sentences: TextRange[] = [];
  let start = from;
  let guard = 0;
  // A break inside a quotation is no break, unless it falls at the quotation's very end.
  const isProtected = (offset: number, breakAt: number) => {
    while (guard < protectedRanges.length && protectedRanges[guard]!.end <= offset) guard++;
    const range = protectedRanges[guard];
    return range !== undefined && range.start <= offset && breakAt < range.end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let end = i + 1;
    while (end < to && CLOSERS.includes(text[end]!)) end++;
    if (end >= to) break;
    if (!/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < to && /\s/.test(text[next]!)) next++;
    if (next >= to) break;
    if (!/[\p{Lu}\p{N}"'“‘«„(\[—–-]/u.test(text[next]!)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    if (isProtected(i, end)) continue;
    sentences.push({ start, end });
    start = next;
    i = next - 1;
  }
  let end = to;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end });
  return sentences;
}

export const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The ranges of a list sorted by start (and not overlapping one another) that overlap [start, end),
 * found by binary search: callers hold thousands of quotes or turns.
 */
export function overlapping<T extends TextRange>(ranges: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = low; i < ranges.length && ranges[i]!.start < end; i++) if (ranges[i]!.end > start) found.push(ranges[i]!);
  return found;
}
