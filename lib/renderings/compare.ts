// One utterance, several renderings: the statement's own (canonical) wording, normally the
// official transcript's, and the words as another source gives them. compareRendering shows the
// word-by-word difference and says which differences change what was said (a different content
// word, a negation lost or added, an editorial insertion in brackets, a different number) and which
// do not (punctuation, case, quote marks, spelling variants, filler words, an omission marked by
// an ellipsis, a quote that gives only part of the words).
import { diffArrays } from "diff";
import { isFunctionWord, isNegation, stem, tokenise, type Token } from "./tokens";

export type RenderingFlagKind = "word" | "negation-missing" | "negation-added" | "editorial" | "number" | "added" | "missing";
export type RenderingNoteKind = "omission" | "partial" | "minor";

/** A difference that changes what the speaker is reported to have said. */
export interface RenderingFlag {
  kind: RenderingFlagKind;
  /** The canonical words concerned ("" when the rendering adds words). */
  canonical: string;
  /** The rendering's words concerned ("" when it leaves words out). */
  rendering: string;
  message: string;
}

/** A difference worth showing that does not change the meaning. */
export interface RenderingNote {
  kind: RenderingNoteKind;
  canonical: string;
  rendering: string;
  message: string;
}

export interface DiffSegment {
  op: "equal" | "delete" | "insert";
  text: string;
}

export interface RenderingComparison {
  /** The same words once punctuation, case, quote marks and spelling variants are set aside. */
  sameWords: boolean;
  /** From the canonical text to the rendering; equal words as the rendering writes them. */
  segments: DiffSegment[];
  flags: RenderingFlag[];
  notes: RenderingNote[];
}

const shown = (tokens: readonly Token[]) =>
  tokens
    .filter((t) => t.display)
    .map((t, i) => (i > 0 && t.spaceBefore ? " " : "") + t.display)
    .join("");
/** The words alone, for messages: "remaining" rather than "remaining,". */
const words = (tokens: readonly Token[]) => shown(tokens).replace(/^[^\p{L}\p{N}[]+|[^\p{L}\p{N}\]]+$/gu, "");
const quoted = (text: string) => `“${text}”`;

interface Hunk {
  removed: Token[];
  added: Token[];
  /** The hunk touches the start or the end of the canonical text. */
  atEdge: boolean;
}

function numbersOf(tokens: readonly Token[]): number[] {
  return tokens.flatMap((t) => (t.kind === "number" ? [t.value!] : [])).sort((a, b) => a - b);
}

/** What one run of changed words means. */
function judge(hunk: Hunk, flags: RenderingFlag[], notes: RenderingNote[]) {
  const { removed, added } = hunk;
  const ellipsis = added.some((t) => t.kind === "ellipsis");
  const editorial = added.filter((t) => t.kind === "editorial");
  const removedNegations = removed.filter(isNegation);
  const addedNegations = added.filter(isNegation);

  for (const token of editorial)
    flags.push({
      kind: "editorial",
      canonical: words(removed),
      rendering: words([token]),
      message: `Inserts ${quoted(words([token]))}, words the speaker did not say`,
    });
  if (removedNegations.length > addedNegations.length)
    flags.push({
      kind: "negation-missing",
      canonical: words(removed),
      rendering: words(added),
      message: `Loses the negation ${quoted(removedNegations.map((t) => t.key).join(", "))}`,
    });
  else if (addedNegations.length > removedNegations.length)
    flags.push({
      kind: "negation-added",
      canonical: words(removed),
      rendering: words(added),
      message: `Adds the negation ${quoted(addedNegations.map((t) => t.key).join(", "))}`,
    });

  const removedNumbers = numbersOf(removed);
  const addedNumbers = numbersOf(added);
  const numbersChanged = removedNumbers.join() !== addedNumbers.join();
  if (numbersChanged && !(ellipsis && addedNumbers.length === 0))
    flags.push({
      kind: "number",
      canonical: words(removed),
      rendering: words(added),
      message:
        removedNumbers.length && addedNumbers.length
          ? `Gives ${quoted(words(added))} where the speaker said ${quoted(words(removed))}`
          : addedNumbers.length
            ? `Adds the number ${quoted(words(added.filter((t) => t.kind === "number")))}`
            : `Leaves out the number ${quoted(words(removed.filter((t) => t.kind === "number")))}`,
    });

  // What remains are plain words: the content words decide.
  const plain = (tokens: Token[]) => tokens.filter((t) => t.kind === "word" && !isNegation(t));
  const content = (tokens: Token[]) => plain(tokens).filter((t) => !isFunctionWord(t));
  const removedContent = content(removed);
  const addedContent = content(added.filter((t) => t.kind !== "editorial"));

  if (ellipsis) {
    if (removed.length)
      notes.push({
        kind: "omission",
        canonical: words(removed),
        rendering: "…",
        message: `Marks an omission (…) of ${quoted(words(removed))}`,
      });
    if (addedContent.length)
      flags.push({ kind: "added", canonical: "", rendering: words(addedContent), message: `Adds ${quoted(words(addedContent))}` });
    return;
  }
  const stems = (tokens: Token[]) =>
    tokens
      .map((t) => stem(t.key))
      .sort()
      .join(" ");
  if (removedContent.length && addedContent.length && stems(removedContent) === stems(addedContent)) {
    notes.push({
      kind: "minor",
      canonical: words(removed),
      rendering: words(added),
      message: `Has ${quoted(words(added))} for ${quoted(words(removed))}, another form of the same word`,
    });
  } else if (removedContent.length && addedContent.length) {
    flags.push({
      kind: "word",
      canonical: words(removed),
      rendering: words(added),
      message: `Has ${quoted(words(added))} where the speaker said ${quoted(words(removed))}`,
    });
  } else if (addedContent.length && !editorial.length) {
    flags.push({ kind: "added", canonical: "", rendering: words(added), message: `Adds ${quoted(words(added))}` });
  } else if (addedContent.length) {
    flags.push({ kind: "added", canonical: "", rendering: words(addedContent), message: `Adds ${quoted(words(addedContent))}` });
  } else if (removedContent.length) {
    if (hunk.atEdge && added.length === 0)
      notes.push({
        kind: "partial",
        canonical: words(removed),
        rendering: "",
        message: `Quotes only part of the words; leaves out ${quoted(words(removed))}`,
      });
    else
      flags.push({
        kind: "missing",
        canonical: words(removed),
        rendering: words(added),
        message: `Leaves out ${quoted(words(removed))} without marking the omission`,
      });
  } else if (plain(removed).length || plain(added).length) {
    notes.push({
      kind: "minor",
      canonical: words(removed),
      rendering: words(added),
      message: removed.length
        ? added.length
          ? `Has ${quoted(words(added))} for ${quoted(words(removed))}`
          : `Leaves out ${quoted(words(removed))}`
        : `Adds ${quoted(words(added))}`,
    });
  }
}

/** Compares a rendering with the canonical wording of the same utterance. */
export function compareRendering(canonical: string, rendering: string): RenderingComparison {
  const from = tokenise(canonical);
  const to = tokenise(rendering);
  const changes = diffArrays(from, to, { comparator: (a, b) => a.key === b.key });

  const segments: DiffSegment[] = [];
  const push = (op: DiffSegment["op"], tokens: Token[]) => {
    const text = shown(tokens);
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += (tokens.find((t) => t.display)?.spaceBefore ? " " : "") + text;
    else segments.push({ op, text });
  };

  const flags: RenderingFlag[] = [];
  const notes: RenderingNote[] = [];
  let hunk: Hunk | null = null;
  let position = 0;
  const close = (atEnd: boolean) => {
    if (hunk) judge({ ...hunk, atEdge: hunk.atEdge || atEnd }, flags, notes);
    hunk = null;
  };
  for (const change of changes) {
    if (!change.added && !change.removed) {
      close(false);
      // The rendering's own way of writing the same words is what the reader sees.
      push("equal", change.value);
      position += change.count;
      continue;
    }
    hunk ??= { removed: [], added: [], atEdge: position === 0 };
    if (change.removed) {
      hunk.removed.push(...change.value);
      position += change.count;
      push("delete", change.value);
    } else {
      hunk.added.push(...change.value);
      push("insert", change.value);
    }
  }
  close(true);
  return { sameWords: changes.every((c) => !c.added && !c.removed), segments, flags, notes };
}

/** True when the rendering changes what was said (see compareRendering). */
export const changesMeaning = (comparison: RenderingComparison) => comparison.flags.length > 0;

/**
 * The segments with long runs of equal words cut to a few words either side of each change ("…"
 * stands for the rest), for a printed line that must show the differing words, not the whole text.
 * Segments are shown joined by a space, as on the permalink.
 */
export function condensedSegments(segments: readonly DiffSegment[], wordsAround = 6): DiffSegment[] {
  return segments.map((segment, i) => {
    if (segment.op !== "equal") return segment;
    const words = segment.text.split(/\s+/).filter(Boolean);
    const changeBefore = i > 0;
    const changeAfter = i < segments.length - 1;
    if (words.length <= (changeBefore ? wordsAround : 0) + (changeAfter ? wordsAround : 0) + 1) return segment;
    const head = changeBefore ? [words.slice(0, wordsAround).join(" ")] : [];
    const tail = changeAfter ? [words.slice(-wordsAround).join(" ")] : [];
    return { op: "equal", text: [...head, "…", ...tail].join(" ") };
  });
}

/**
 * What a printed citation says of a source whose wording changes the meaning: the differing words
 * (condensed) and what each change does; undefined for a faithful wording or none.
 */
export function misreportOf(
  canonical: string,
  rendering: string | null | undefined,
): { segments: DiffSegment[]; flags: string[] } | undefined {
  if (!rendering) return undefined;
  const comparison = compareRendering(canonical, rendering);
  if (!changesMeaning(comparison)) return undefined;
  return { segments: condensedSegments(comparison.segments), flags: comparison.flags.map((flag) => flag.message) };
}
