// Words of a rendering as they are compared. Each token keeps the text it was read from (for
// showing) and a comparable key: case, curly quotes, spelling variants (defence/defense,
// organise/organize), contractions (don't = do not) and number forms (1,000 = 1000 = one thousand)
// do not make two renderings differ. Punctuation and whitespace are not tokens at all.
import { NUMBER_WORDS } from "@/lib/text/number-words";

export type TokenKind = "word" | "number" | "editorial" | "ellipsis";

export interface Token {
  key: string;
  /** Whitespace comes before it in the text (else it is joined to the previous token, as in "long-range"). */
  spaceBefore: boolean;
  /** The original text this token shows (empty for the second half of a contraction). */
  display: string;
  kind: TokenKind;
  /** The numeric value of a number token. */
  value?: number;
}

const NEGATIONS = new Set(["not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "nowhere", "without"]);

/** Words whose change alone does not change what was said: articles, fillers, forms of "to be". */
const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "that",
  "of",
  "to",
  "in",
  "on",
  "at",
  "into",
  "onto",
  "upon",
  "by",
  "with",
  "from",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "so",
  "well",
  "just",
  "really",
  "very",
  "actually",
  "also",
  "indeed",
  "um",
  "uh",
  "er",
  "erm",
  "ah",
  "oh",
]);

const UNITS = NUMBER_WORDS;
const MULTIPLIERS = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

const CONTRACTIONS = new Map<string, string[]>(
  Object.entries({
    "can't": ["can", "not"],
    cannot: ["can", "not"],
    "won't": ["will", "not"],
    "shan't": ["shall", "not"],
    "ain't": ["is", "not"],
    "let's": ["let", "us"],
    "it's": ["it", "is"],
    "that's": ["that", "is"],
    "there's": ["there", "is"],
    "what's": ["what", "is"],
    "he's": ["he", "is"],
    "she's": ["she", "is"],
    "here's": ["here", "is"],
  }),
);

export const isNegation = (token: Token) => token.kind === "word" && NEGATIONS.has(token.key);
export const isFunctionWord = (token: Token) => token.kind === "word" && FUNCTION_WORDS.has(token.key);

/** A rough stem: "remains" and "remaining" are forms of one word. Only used to tell a form change from a new word. */
export function stem(key: string): string {
  for (const suffix of ["ing", "ed", "es", "s"])
    if (key.endsWith(suffix) && key.length - suffix.length >= 4) return key.slice(0, -suffix.length);
  return key;
}

/** British and American spellings of one word get one key. */
function spellingKey(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/ence$/, "ense")
    .replace(/(?<=[a-z]{2})our(s|ed|ing)?$/, "or$1")
    .replace(/(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$/, "iz$1")
    .replace(/(?<=[a-z]{2})ys(e|es|ed|ing)$/, "yz$1")
    .replace(/(?<=[a-z]{2})tre(s)?$/, "ter$1")
    .replace(/lled$/, "led")
    .replace(/lling$/, "ling");
}

function wordKeys(word: string): string[] {
  const lower = word.toLocaleLowerCase("en").replace(/[’‘ʼ`´]/g, "'");
  const known = CONTRACTIONS.get(lower);
  if (known) return known;
  if (lower.endsWith("n't")) return [lower.slice(0, -3), "not"];
  const suffix = /^(.+)'(re|ve|ll|m|d)$/.exec(lower);
  if (suffix) {
    const full = { re: "are", ve: "have", ll: "will", m: "am", d: "would" }[suffix[2] as "re" | "ve" | "ll" | "m" | "d"];
    return [suffix[1]!, full];
  }
  return [spellingKey(lower)];
}

function numericValue(text: string): number | null {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, "") : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

// An ellipsis, written or bracketed: "…", "...", ". . .", "[…]", "(...)".
const ELLIPSIS = String.raw`[\[(]\s*(?:…|\.\s?\.\s?\.)\s*[\])]|…|\.\s?\.\s?\.(?:\s?\.)*`;
const BRACKETED = String.raw`\[[^\[\]]{1,200}\]`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*`;
const TOKEN = new RegExp(`(${ELLIPSIS})|(${BRACKETED})|(${NUMBER})|(%)|(${WORD})`, "gu");

interface RawToken extends Omit<Token, "spaceBefore"> {
  start: number;
  end: number;
}

/** The tokens of a text, each with the span of the text it shows (punctuation attached). */
export function tokenise(text: string): Token[] {
  const normal = text.normalize("NFC");
  const raw: RawToken[] = [];
  for (const match of normal.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, ellipsis, bracketed, number, percent, word] = match;
    if (ellipsis) raw.push({ key: "…", display: "", kind: "ellipsis", start, end });
    else if (bracketed) {
      const inner = bracketed.slice(1, -1).trim();
      // "[sic]" marks an error kept as printed: it is not an insertion into the speaker's words.
      if (/^sic$/i.test(inner)) continue;
      const key = `[${inner.toLocaleLowerCase("en").replace(/\s+/g, " ")}]`;
      raw.push({ key, display: "", kind: "editorial", start, end });
    } else if (number) {
      const value = numericValue(number)!;
      raw.push({ key: String(value), display: "", kind: "number", value, start, end });
    } else if (percent) raw.push({ key: "percent", display: "", kind: "word", start, end });
    else if (word) {
      const keys = wordKeys(word);
      keys.forEach((key, i) => raw.push({ key, display: "", kind: "word", start, end: i === 0 ? end : start }));
    }
  }
  return attachDisplay(normal, mergeWordForms(raw));
}

/** "per cent" is "percent"; number words and their multipliers ("1.5 million", "twenty-five") are one number. */
function mergeWordForms(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "word" && token.key === "per" && tokens[i + 1]?.key === "cent") {
      out.push({ ...token, key: "percent", end: tokens[i + 1]!.end });
      i++;
      continue;
    }
    const numberish = (t: RawToken | undefined) =>
      t !== undefined && (t.kind === "number" || (t.kind === "word" && (UNITS.has(t.key) || MULTIPLIERS.has(t.key))));
    if (!numberish(token) || (token.kind === "word" && MULTIPLIERS.has(token.key))) {
      out.push(token);
      continue;
    }
    let total = 0;
    let current = 0;
    let last: "digits" | "unit" | "ten" | "multiplier" | null = null;
    let j = i;
    for (; j < tokens.length && numberish(tokens[j]); j++) {
      const t = tokens[j]!;
      // "twenty five", "two thousand" and "1.5 million" are one number; "two three" and "5 6" are two.
      if (t.kind === "number") {
        if (last !== null) break;
        current = t.value!;
        last = "digits";
      } else if (UNITS.has(t.key)) {
        const unit = UNITS.get(t.key)!;
        const ten = unit >= 20;
        if (last !== null && last !== "multiplier" && !(last === "ten" && unit < 10)) break;
        current += unit;
        last = ten ? "ten" : "unit";
      } else if (t.key === "hundred") {
        current = (current || 1) * 100;
        last = "multiplier";
      } else {
        total += (current || 1) * MULTIPLIERS.get(t.key)!;
        current = 0;
        last = "multiplier";
      }
    }
    const value = total + current;
    out.push({ key: String(value), display: "", kind: "number", value, start: token.start, end: tokens[j - 1]!.end });
    i = j - 1;
  }
  return out;
}

/** Each token shows its own text with the punctuation around it, so a diff reads like the text. */
function attachDisplay(text: string, tokens: RawToken[]): Token[] {
  let shownTo = 0;
  return tokens.map((token, i) => {
    if (token.end <= token.start) return { key: token.key, display: "", spaceBefore: false, kind: token.kind, value: token.value };
    const next = tokens.slice(i + 1).find((t) => t.end > t.start);
    let from = Math.max(shownTo, token.start);
    // Leading punctuation (an opening quote or bracket) right before the token belongs to it.
    while (from > shownTo && !/\s/.test(text[from - 1]!)) from--;
    let to = token.end;
    const limit = next ? next.start : text.length;
    while (to < limit && !/\s/.test(text[to]!)) to++;
    if (next && to === next.start) to = token.end;
    shownTo = to;
    const spaceBefore = from > 0 && /\s/.test(text[from - 1]!);
    return { key: token.key, display: text.slice(from, to).trim(), spaceBefore, kind: token.kind, value: token.value };
  });
}
