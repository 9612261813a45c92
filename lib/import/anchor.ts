// Quote provenance. A verbatim statement keeps an anchor into its source's snapshot: the exact
// text, some text either side, and offsets (StatementSource.quoteStart/quoteEnd/anchorExact/
// anchorPrefix/anchorSuffix). verifyQuote tells whether the statement still matches the source
// and shows the words that differ; locateAnchor finds the quote again when offsets have drifted.
import { diffDistance, diffWords, typographic, type DiffOp } from "./diff";
import { joinSegments, scanQuotes } from "./quotes";
import type { QuoteAnchor, TextRange } from "./types";

export const ANCHOR_CONTEXT = 32;

export function buildAnchor(snapshot: string, start: number, end: number, context = ANCHOR_CONTEXT): QuoteAnchor {
  return {
    exact: snapshot.slice(start, end),
    prefix: snapshot.slice(Math.max(0, start - context), start),
    suffix: snapshot.slice(end, end + context),
    start,
    end,
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A typographic normal form of `text` with, for every character, its offset in the original. */
function normaliseWithMap(text: string): { normal: string; map: number[] } {
  let normal = "";
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[\s\u00a0]/.test(ch)) {
      space = normal.length > 0;
      continue;
    }
    if (space) {
      normal += " ";
      map.push(i);
      space = false;
    }
    const t = ch === "…" ? "..." : typographic(ch) || ch;
    for (const c of t) {
      normal += c;
      map.push(i);
    }
  }
  map.push(text.length);
  return { normal, map };
}

/**
 * Where the anchored quote is in `snapshot` now: at its offsets if the exact text is still there;
 * else the occurrence of the exact text whose context agrees best (nearest the old offset on a
 * tie); else a match that ignores whitespace and typographic differences; else null.
 */
export function locateAnchor(snapshot: string, anchor: QuoteAnchor): TextRange | null {
  if (!anchor.exact) return null;
  if (snapshot.slice(anchor.start, anchor.end) === anchor.exact) return { start: anchor.start, end: anchor.end };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = snapshot.indexOf(anchor.exact); at !== -1; at = snapshot.indexOf(anchor.exact, at + 1)) {
    const score =
      commonSuffixLength(snapshot.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
      commonPrefixLength(snapshot.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  if (best) return { start: best.start, end: best.start + anchor.exact.length };
  const { normal, map } = normaliseWithMap(snapshot);
  const needle = normaliseWithMap(anchor.exact).normal;
  if (!needle) return null;
  let found: { start: number; distance: number } | null = null;
  for (let at = normal.indexOf(needle); at !== -1; at = normal.indexOf(needle, at + 1)) {
    const distance = Math.abs(map[at]! - anchor.start);
    if (!found || distance < found.distance) found = { start: at, distance };
  }
  if (!found) return null;
  return { start: map[found.start]!, end: map[found.start + needle.length - 1]! + 1 };
}

/**
 * The quoted words inside a range of the snapshot: when the range is a quote interrupted by its
 * attribution (“…,” Rutte said, “…”), the attribution is left out, as it was when the candidate
 * was made; otherwise the range's text as it stands.
 */
export function sourceQuoteText(snapshot: string, range: TextRange): string {
  const segments = scanQuotes(snapshot)
    .spans.flatMap((span) => span.segments)
    .filter((s) => s.start >= range.start && s.start < range.end)
    .map((s) => ({ start: s.start, end: Math.min(s.end, range.end) }));
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (segments.length < 2 || first!.start !== range.start || last!.end !== range.end) return snapshot.slice(range.start, range.end);
  return joinSegments(snapshot, segments);
}

const comparable = (text: string) =>
  typographic(text)
    .replace(/^["']+|["']+$/g, "")
    .replace(/,$/, "")
    .trim();

export interface QuoteVerification {
  status: "matches" | "differs";
  /** Why it differs: edited since import, or not found in the source at all (typed by hand). */
  reason?: "edited" | "not-in-source";
  /** Where the quote is in the snapshot now (null when it cannot be found). */
  range: TextRange | null;
  /** True when the anchor's offsets were stale and the quote was found elsewhere. */
  relocated: boolean;
  /** The source's words the statement was compared with. */
  sourceText: string | null;
  /** Word-level edit from the source's words to the statement's. */
  diff: DiffOp[];
}

/**
 * Whether a verbatim statement (`currentText`) matches its source snapshot. With an anchor the
 * anchored words are compared; without one (a quote typed by hand) the snapshot is searched, and
 * failing that the statement is compared with the most similar quotation in the snapshot.
 */
export function verifyQuote(snapshot: string, anchor: QuoteAnchor | null, currentText: string): QuoteVerification {
  const target = comparable(currentText);
  const range = anchor ? locateAnchor(snapshot, anchor) : null;
  if (range) {
    const sourceText = sourceQuoteText(snapshot, range);
    const same = comparable(sourceText) === target;
    return {
      status: same ? "matches" : "differs",
      ...(same ? {} : { reason: "edited" as const }),
      range,
      relocated: range.start !== anchor!.start || range.end !== anchor!.end,
      sourceText,
      diff: diffWords(sourceText, currentText),
    };
  }
  // Not anchored, or the anchor is gone: is the statement's text in the snapshot as it stands?
  if (target) {
    const { normal, map } = normaliseWithMap(snapshot);
    const needle = normaliseWithMap(target).normal;
    const at = needle ? normal.indexOf(needle) : -1;
    if (at !== -1) {
      const found = { start: map[at]!, end: map[at + needle.length - 1]! + 1 };
      const sourceText = snapshot.slice(found.start, found.end);
      return { status: "matches", range: found, relocated: anchor !== null, sourceText, diff: diffWords(sourceText, currentText) };
    }
  }
  // The most similar quotation: each one alone, and each with the next in its paragraph (the two
  // halves of a quote interrupted by its attribution).
  let closest: { text: string; range: TextRange; distance: number } | null = null;
  const spans = scanQuotes(snapshot).spans;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const options = [span.segments];
    if (next && next.firstParagraph === span.lastParagraph) options.push([...span.segments, ...next.segments]);
    for (const segments of options) {
      const text = joinSegments(snapshot, segments);
      const distance = diffDistance(diffWords(text, currentText));
      if (!closest || distance < closest.distance)
        closest = { text, range: { start: segments[0]!.start, end: segments[segments.length - 1]!.end }, distance };
    }
  }
  const words = currentText.split(/\s+/).filter(Boolean).length;
  if (closest && closest.distance < words) {
    return {
      status: "differs",
      reason: "not-in-source",
      range: closest.range,
      relocated: anchor !== null,
      sourceText: closest.text,
      diff: diffWords(closest.text, currentText),
    };
  }
  return { status: "differs", reason: "not-in-source", range: null, relocated: false, sourceText: null, diff: diffWords("", currentText) };
}
