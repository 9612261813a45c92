// Finding quotations: pairs of quote marks around quoted words. Marks are classified by what
// stands either side of them (a mark after a space and before a letter opens; after a letter or
// punctuation and before a space or punctuation closes), not by their shape alone, because real
// articles close quotes with “ (U+201C), use straight " and ' for both ends, and write ’ as an
// apostrophe. A quote runs over paragraphs only when the next paragraph reopens with a quote mark
// (the typographic convention); an opener that is never closed is dropped and what follows it is
// scanned again, so one stray mark cannot swallow the rest of an article.
import { paragraphAt, splitParagraphs, type Paragraph } from "./segment";
import type { TextRange } from "./types";

export type QuoteFamily = "double" | "single";

export interface QuoteMark {
  pos: number;
  ch: string;
  family: QuoteFamily;
  canOpen: boolean;
  canClose: boolean;
  /** A closer that may well be a plural possessive ("the allies’ plan"): used only if no better closer follows. */
  weakClose: boolean;
  paragraph: number;
}

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (the span ends at close + 1). */
  close: number;
  family: QuoteFamily;
  /** The quoted words, one range per paragraph, whitespace trimmed. */
  segments: TextRange[];
  firstParagraph: number;
  lastParagraph: number;
}

const DOUBLE = `"“”„‟«»`;
const SINGLE = `'‘’‚‛‹›`;
export const QUOTE_MARKS = DOUBLE + SINGLE;
const OPEN_CONTEXT = `([{—–-/*_>` + QUOTE_MARKS;
const CLOSE_CONTEXT = `.,;:!?)]}—–-…*_` + QUOTE_MARKS;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function classify(text: string, pos: number, paragraph: number): QuoteMark | null {
  const ch = text[pos]!;
  const family: QuoteFamily | null = DOUBLE.includes(ch) ? "double" : SINGLE.includes(ch) ? "single" : null;
  if (!family) return null;
  const prev = text[pos - 1];
  const next = text[pos + 1];
  const openSide = isSpace(prev) || OPEN_CONTEXT.includes(prev!);
  const closeSide = isSpace(next) || CLOSE_CONTEXT.includes(next!);
  let canOpen = openSide && !isSpace(next);
  let canClose = closeSide && !isSpace(prev) && !OPEN_CONTEXT.replace(/[-—–*_]/g, "").includes(prev!);
  let weakClose = false;
  const between = isWordChar(prev) && isWordChar(next);

  switch (ch) {
    case "„":
    case "‚":
      if (ch === "‚" && between) return null;
      canOpen = !isSpace(next) || isSpace(prev);
      canClose = false;
      break;
    case "«":
    case "‹":
      canOpen = true;
      canClose = false;
      break;
    case "»":
    case "›":
      canOpen = false;
      canClose = true;
      break;
    case "“":
    case "‟":
    case "”":
    case '"':
      // No telling from the context (“word“word”, “ spaced ”): the pairing state decides.
      if (between || (!canOpen && !canClose)) canOpen = canClose = true;
      break;
    default: {
      // ' ‘ ’ ‛: an apostrophe inside a word (don’t, Rutte’s, rock’n’roll) is no quote mark.
      if (between) return null;
      // Elisions: ’90s, ’em, ’tis.
      if (/^\d\ds/.test(text.slice(pos + 1, pos + 4)) || /^(?:em|tis|til|cause|n)\b/i.test(text.slice(pos + 1, pos + 7))) {
        if (isSpace(prev)) return null;
      }
      if (ch === "’" && canOpen && !/\p{Lu}/u.test(next ?? "")) canOpen = false;
      if ((ch === "’" || ch === "'") && canClose && (prev === "s" || prev === "S") && /^\s+\p{Ll}/u.test(text.slice(pos + 1, pos + 4))) {
        weakClose = true;
      }
      if (!canOpen && !canClose) return null;
    }
  }
  return { pos, ch, family, canOpen, canClose, weakClose, paragraph };
}

/** Every quote mark outside `exclude`, classified, in document order. */
export function findQuoteMarks(text: string, paragraphs: readonly Paragraph[], exclude: readonly TextRange[] = []): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const pattern = /["'“”„‟«»‘’‚‛‹›]/g;
  let skip = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const pos = match.index;
    while (skip < exclude.length && exclude[skip]!.end <= pos) skip++;
    if (skip < exclude.length && exclude[skip]!.start <= pos) continue;
    const paragraph = paragraphAt(paragraphs, pos);
    if (!paragraph || pos >= paragraph.end) continue;
    const mark = classify(text, pos, paragraph.index);
    if (mark) marks.push(mark);
  }
  return marks;
}

/** Whether `mark` is the first thing in its paragraph (after list or blockquote markers). */
function opensParagraph(text: string, mark: QuoteMark, paragraphs: readonly Paragraph[]): boolean {
  const paragraph = paragraphs[mark.paragraph]!;
  return /^(?:[>*\-•]\s*)*$/.test(text.slice(paragraph.start, mark.pos));
}

function trimmed(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

interface OpenQuote {
  markIndex: number;
  mark: QuoteMark;
  paragraph: number;
  segmentStart: number;
  segments: TextRange[];
  /** Run on into a paragraph that did not reopen (a statement printed over paragraphs). */
  runOn?: boolean;
}

/**
 * Pairs quote marks into quotations. Returns them in document order with their quoted segments,
 * plus warnings for marks that could not be paired.
 */
export function scanQuotes(
  text: string,
  paragraphs: readonly Paragraph[] = splitParagraphs(text),
  exclude: readonly TextRange[] = [],
): { spans: QuoteSpan[]; warnings: string[] } {
  const marks = findQuoteMarks(text, paragraphs, exclude);
  const spans: QuoteSpan[] = [];
  const dead = new Set<number>();
  let unpaired = 0;
  let open: OpenQuote | null = null;
  let budget = marks.length * 4 + 16;

  const start = (index: number): OpenQuote => {
    const mark = marks[index]!;
    return { markIndex: index, mark, paragraph: mark.paragraph, segmentStart: mark.pos + 1, segments: [] };
  };
  const giveUp = (quote: OpenQuote): number => {
    dead.add(quote.markIndex);
    unpaired++;
    return quote.markIndex + 1;
  };

  let i = 0;
  while (i <= marks.length) {
    if (--budget < 0) break;
    const mark = marks[i];
    if (!open) {
      if (!mark) break;
      if (mark.canOpen && !dead.has(i)) open = start(i);
      i++;
      continue;
    }
    // Leaving the paragraph the quote is in: continue only if the next paragraph reopens.
    if (!mark || mark.paragraph !== open.paragraph) {
      const paragraph = paragraphs[open.paragraph]!;
      const reopens =
        mark !== undefined &&
        mark.paragraph === open.paragraph + 1 &&
        mark.family === open.mark.family &&
        mark.canOpen &&
        opensParagraph(text, mark, paragraphs);
      if (reopens) {
        const segment = trimmed(text, open.segmentStart, paragraph.end);
        if (segment) open.segments.push(segment);
        open.paragraph = mark.paragraph;
        open.segmentStart = mark.pos + 1;
        i++;
        continue;
      }
      // “I am disappointed … Charter.¶I was elected … for our kids,” said Mayor X: the next paragraph
      // goes on without reopening, and its first mark of the family can only close.
      const next = paragraphs[open.paragraph + 1];
      const closer = next ? marks.slice(i).find((m) => m.paragraph === next.index && m.family === open!.mark.family) : undefined;
      if (next && closer && closer.canClose && !closer.canOpen && !opensParagraph(text, closer, paragraphs)) {
        const segment = trimmed(text, open.segmentStart, paragraph.end);
        if (segment) open.segments.push(segment);
        open.paragraph = next.index;
        open.segmentStart = next.start;
        open.runOn = true;
        continue;
      }
      const closeAtParagraphEnd = (quote: OpenQuote): boolean => {
        const segment = trimmed(text, quote.segmentStart, paragraph.end);
        if (segment) quote.segments.push(segment);
        if (quote.segments.length === 0) return false;
        spans.push({
          open: quote.mark.pos,
          close: paragraph.end - 1,
          family: quote.mark.family,
          segments: quote.segments,
          firstParagraph: quote.mark.paragraph,
          lastParagraph: quote.paragraph,
        });
        return true;
      };
      const lead = text.slice(paragraphs[open.mark.paragraph]!.start, open.mark.pos);
      // A quote introduced by “said:”, or opening its paragraph, that the text ends inside (an
      // excerpt cut mid-quotation): nothing after it can close it, and nothing else is left to swallow.
      if (!mark && open.paragraph === paragraphs.length - 1 && (/[:,]\s*$/.test(lead) || opensParagraph(text, open.mark, paragraphs))) {
        closeAtParagraphEnd(open);
        open = null;
        break;
      }
      // “X rapped: “All you have done … all this nonsense.¶Chair Y: “I came …””: a quote a colon
      // introduces, left open at its paragraph's last full stop, while the next paragraph quotes
      // someone anew: its closer was left out, so it ends with its paragraph.
      const reopensLater =
        mark !== undefined &&
        mark.paragraph === open.paragraph + 1 &&
        mark.family === open.mark.family &&
        mark.canOpen &&
        marks.slice(i + 1).some((m) => m.paragraph === mark.paragraph && m.family === mark.family && m.canClose);
      if (
        reopensLater &&
        open.paragraph === open.mark.paragraph &&
        /:\s*$/.test(lead) &&
        /[.!?…]\s*$/.test(text.slice(open.segmentStart, paragraph.end)) &&
        closeAtParagraphEnd(open)
      ) {
        open = null;
        continue;
      }
      i = giveUp(open);
      open = null;
      continue;
    }
    if (mark.family !== open.mark.family) {
      i++; // a quotation inside the quotation: part of its text
      continue;
    }
    if (mark.canClose && mark.pos > open.mark.pos + 1) {
      const later = marks.slice(i + 1).filter((m) => m.family === mark.family);
      // In a statement run on over paragraphs, “Ms Gibbons' detention” does not close it when the next
      // paragraph's first mark of the family can only close: that is where it ends.
      const nextFirst = later.find((m) => m.paragraph > open!.paragraph);
      const strongerLater =
        mark.weakClose &&
        (later.some((m) => m.paragraph === open!.paragraph && m.canClose && !m.weakClose) ||
          (open.runOn === true &&
            nextFirst?.paragraph === open.paragraph + 1 &&
            nextFirst.canClose &&
            !nextFirst.canOpen &&
            !nextFirst.weakClose));
      if (!strongerLater) {
        const segment = trimmed(text, open.segmentStart, mark.pos);
        if (segment) open.segments.push(segment);
        if (open.segments.length > 0) {
          spans.push({
            open: open.mark.pos,
            close: mark.pos,
            family: open.mark.family,
            segments: open.segments,
            firstParagraph: open.mark.paragraph,
            lastParagraph: mark.paragraph,
          });
        }
        open = null;
        i++;
        continue;
      }
    }
    if (mark.canOpen && !mark.canClose) {
      // “…you are using words like "knock down." There was…”: a quotation inside the quotation in
      // the same marks, when two closers follow in the paragraph (the inner one's, then the outer's).
      const closers = marks.slice(i + 1).filter((m) => m.paragraph === open!.paragraph && m.family === mark.family && m.canClose);
      if (closers.length >= 2) {
        i = marks.indexOf(closers[0]!) + 1;
        continue;
      }
      // A second opener in the same paragraph: the first one was never closed.
      i = giveUp(open);
      open = null;
      continue;
    }
    i++;
  }
  spans.sort((a, b) => a.open - b.open);
  const warnings =
    unpaired > 0
      ? [`${unpaired} quotation mark${unpaired === 1 ? " was" : "s were"} never closed and ${unpaired === 1 ? "was" : "were"} ignored.`]
      : [];
  return { spans, warnings };
}

/**
 * The statement text of quoted segments: joined by one space (a quote interrupted by its
 * attribution), or by a blank line where the quote ran on into the next paragraph.
 */
export function joinSegments(text: string, segments: readonly TextRange[]): string {
  let out = "";
  segments.forEach((segment, i) => {
    if (i > 0) out += text.slice(segments[i - 1]!.end, segment.start).includes("\n") ? "\n\n" : " ";
    out += text.slice(segment.start, segment.end);
  });
  return out;
}
