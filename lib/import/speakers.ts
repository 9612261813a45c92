// Who is mentioned where: the speaker directory compiled into a token lookup (so a database with
// thousands of aliases costs one map probe per word), people named in the text who are not in the
// directory, and every mention of a person or a personal pronoun in document order.
import {
  FUNCTION_WORDS,
  NAMING_VERBS,
  NOT_NAME_WORDS,
  POSSESSIVE_PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
  VERB_FILLERS,
} from "./lexicon";
import type { SpeakerDirectory, TextRange } from "./types";

export interface Token extends TextRange {
  /** Lowercase, ’ as ', accents folded. */
  norm: string;
  /** Followed by a possessive ’s / ' (not part of the token). */
  possessive: boolean;
  capital: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    let end = match.index + match[0].length;
    let possessive = false;
    if (/['’][sS]$/.test(match[0]) && match[0].length > 3) {
      end -= 2;
      possessive = true;
    } else if (/[sS]$/.test(match[0]) && /['’]/.test(text[end] ?? "") && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? "")) {
      possessive = true; // plural possessive: “the allies’ plan”
    }
    const raw = text.slice(match.index, end);
    // Accents folded, so that one person keeps one name: “Sánchez” and “Sanchez”.
    const lower = raw.toLowerCase().replace(/’/g, "'");
    const norm = /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
    tokens.push({ start: match.index, end, norm, possessive, capital: /^\p{Lu}/u.test(raw) });
  }
  return tokens;
}

/** The index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface KnownPerson {
  key: number;
  name: string;
  id?: string | number;
  /** Named in the text but not in the directory. */
  discovered: boolean;
  /** A description ("a Kremlin spokesman") or role label, not a person. */
  role: boolean;
}

interface AliasForm {
  tokens: string[];
  people: number[];
  /** One-word aliases match only when capitalised ("Trump", not "trump"). */
  capitalOnly: boolean;
}

export interface SpeakerIndex {
  people: KnownPerson[];
  byFirstToken: Map<string, AliasForm[]>;
}

const aliasTokens = (alias: string) => tokenize(alias.normalize("NFC")).map((token) => token.norm + (token.possessive ? "'s" : ""));

export function addPerson(index: SpeakerIndex, person: Omit<KnownPerson, "key">, aliases: readonly string[]): KnownPerson {
  const entry: KnownPerson = { ...person, key: index.people.length };
  index.people.push(entry);
  for (const alias of new Set([person.name, ...aliases])) addAlias(index, alias, entry.key);
  return entry;
}

function addAlias(index: SpeakerIndex, alias: string, key: number): void {
  const tokens = aliasTokens(alias);
  if (tokens.length === 0) return;
  const forms = index.byFirstToken.get(tokens[0]!) ?? [];
  const same = forms.find((form) => form.tokens.join(" ") === tokens.join(" "));
  if (same) {
    if (!same.people.includes(key)) same.people.push(key);
    return;
  }
  forms.push({ tokens, people: [key], capitalOnly: tokens.length === 1 });
  forms.sort((a, b) => b.tokens.length - a.tokens.length);
  index.byFirstToken.set(tokens[0]!, forms);
}

/**
 * Compiles a directory. Each person is found by name, by every alias, and by surname (the last word
 * of the name) unless another person in the directory has the same surname.
 */
export function buildSpeakerIndex(directory: SpeakerDirectory): SpeakerIndex {
  const index: SpeakerIndex = { people: [], byFirstToken: new Map() };
  const surnames = new Map<string, number>();
  const surnameOf = (name: string) => {
    const words = name.trim().split(/\s+/);
    const last = words[words.length - 1] ?? "";
    return words.length > 1 && last.length >= 3 ? last : null;
  };
  for (const entry of directory) {
    const surname = surnameOf(entry.name);
    if (surname) surnames.set(surname.toLowerCase(), (surnames.get(surname.toLowerCase()) ?? 0) + 1);
  }
  for (const entry of directory) {
    const surname = surnameOf(entry.name);
    const aliases = [...entry.aliases];
    if (surname && surnames.get(surname.toLowerCase()) === 1) aliases.push(surname);
    addPerson(index, { name: entry.name, id: entry.id, discovered: false, role: false }, aliases);
  }
  return index;
}

export interface Mention extends TextRange {
  /** Person keys this mention may stand for (several when an alias is shared). */
  people: number[];
  pronoun?: "he" | "she";
  /** his/her/their, or a name followed by ’s. */
  possessive: boolean;
  inQuote: boolean;
  /** Index of the mention's first token. */
  token: number;
  /** Index after the mention's last token. */
  tokenEnd: number;
  /** A role noun resolved to its holder (“the spokesman”). */
  role?: boolean;
}

const SEPARATOR = /^(?:[ \t\u00a0]+|[-‐‑])$/;
/** What may stand between two words of a name: a space, a hyphen, an initial's full stop (“Antony J. Blinken”). */
const separates = (between: string, token: Token) =>
  SEPARATOR.test(between) || (token.end - token.start === 1 && /^\.[ \t\u00a0]*$/.test(between));

const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
/** Surnames that are also titles: “King Fahd”, “Judge Gorsuch”, “Bishop Tutu” name someone else. */
const TITLE_SURNAMES = new Set([
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "judge",
  "justice",
  "general",
  "bishop",
  "cardinal",
  "lord",
  "lady",
  "dame",
  "sheikh",
  "emir",
  "sultan",
]);

/** A month in a date (“May 8, 2018”, “8 May”), not a person called May. */
function isDateWord(text: string, tokens: readonly Token[], i: number): boolean {
  if (!MONTHS.has(tokens[i]!.norm)) return false;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  return (
    (next !== undefined && /^\d/.test(next.norm) && /^[ \t\u00a0,]*$/.test(text.slice(tokens[i]!.end, next.start))) ||
    (previous !== undefined && /^\d/.test(previous.norm) && /^[ \t\u00a0]+$/.test(text.slice(previous.end, tokens[i]!.start)))
  );
}

/** A one-word alias that is also a title, written before another name (“King Fahd”). */
function isTitleBeforeName(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    TITLE_SURNAMES.has(tokens[i]!.norm) &&
    next !== undefined &&
    next.capital &&
    !tokens[i]!.possessive &&
    /^[ \t\u00a0]+$/.test(text.slice(tokens[i]!.end, next.start))
  );
}

/** The longest alias starting at token `i`: its length in tokens and the people it names. */
export function matchAlias(
  text: string,
  tokens: readonly Token[],
  i: number,
  index: SpeakerIndex,
): { length: number; people: number[] } | null {
  const first = tokens[i]!;
  const forms = index.byFirstToken.get(first.norm);
  if (!forms) return null;
  for (const form of forms) {
    const n = form.tokens.length;
    if (i + n > tokens.length) continue;
    if (form.capitalOnly && !first.capital) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const token = tokens[i + k]!;
      if (token.norm !== form.tokens[k]) ok = false;
      else if (k < n - 1 && (token.possessive || !separates(text.slice(token.end, tokens[i + k + 1]!.start), token))) ok = false;
    }
    if (!ok) continue;
    if (n === 1 && (isDateWord(text, tokens, i) || isTitleBeforeName(text, tokens, i))) continue;
    const people = new Set(form.people);
    for (const other of forms) {
      if (other !== form && other.tokens.length === n && other.tokens.join(" ") === form.tokens.join(" "))
        other.people.forEach((p) => people.add(p));
    }
    return { length: n, people: [...people] };
  }
  return null;
}

/** Words before a capitalised run that make it a place or a thing, not a person: “aboard Air Force One”. */
const PLACE_WORDS = new Set(["aboard", "onboard", "article", "articles", "operation", "resolution", "flight", "ship", "summit", "treaty"]);
const PREPOSITIONS = new Set([
  "in",
  "from",
  "to",
  "at",
  "on",
  "of",
  "for",
  "with",
  "by",
  "near",
  "across",
  "into",
  "via",
  "visiting",
  "outside",
  "inside",
  "toward",
  "towards",
  "between",
  "and",
  "or",
]);
const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "du",
  "da",
  "di",
  "la",
  "le",
  "al",
  "bin",
  "ibn",
  "el",
  "dos",
  "das",
  "ter",
  "ten",
  "del",
  "della",
]);
const NAME_SHAPE = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;

function insideAny(ranges: readonly TextRange[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (offset < range.start) high = mid - 1;
    else if (offset >= range.end) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Adds to the index the people the text names but the directory does not know: capitalised names
 * with a title before them (“Foreign Minister Anna Kowalski”, “spokeswoman Lena Berg”) or next to a
 * speech verb (“Anna Kowalski said”, “said Anna Kowalski”). Their surname becomes an alias.
 */
export function discoverPeople(text: string, tokens: readonly Token[], index: SpeakerIndex, quotes: readonly TextRange[]): void {
  const known = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (matchAlias(text, tokens, i, index)) return true;
    return false;
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.capital || insideAny(quotes, token.start)) {
      i++;
      continue;
    }
    // A run of capitalised words (particles allowed inside), joined by single spaces or hyphens.
    let end = i + 1;
    while (end < tokens.length) {
      const next = tokens[end]!;
      const gap = text.slice(tokens[end - 1]!.end, next.start);
      if (tokens[end - 1]!.possessive || !SEPARATOR.test(gap)) break;
      // “Cha Duck-chul”, “Ban Ki-moon”: a given name's second syllable, hyphenated, is not capitalised.
      const hyphenated = /^[-‐‑]$/.test(gap) && /^\p{Ll}+$/u.test(text.slice(next.start, next.end));
      if (!next.capital && !hyphenated && !(PARTICLES.has(next.norm) && tokens[end + 1]?.capital)) break;
      end++;
    }
    const runStart = i;
    const runEnd = end;
    let first = i;
    const before = tokens[i - 1];
    const gapBefore = before ? text.slice(before.end, token.start) : "";
    // “spokeswoman Lena Berg”, “Gen. Anders Holm”, “the town's mayor, Kadri Saar,”
    let titled = before !== undefined && TITLE_WORDS.has(before.norm) && /^(?:\.?[ \t\u00a0]+|,[ \t\u00a0]+)$/.test(gapBefore);
    // “her colleague Mihhail Petrov”: a common noun (not a preposition or article) right before a full name.
    const described =
      before !== undefined &&
      !before.capital &&
      !NOT_NAME_WORDS.has(before.norm) &&
      !PREPOSITIONS.has(before.norm) &&
      !FUNCTION_WORDS.has(before.norm) &&
      !PLACE_WORDS.has(before.norm) &&
      SEPARATOR.test(gapBefore);
    while (first < runEnd && (TITLE_WORDS.has(tokens[first]!.norm) || NOT_NAME_WORDS.has(tokens[first]!.norm))) {
      if (TITLE_WORDS.has(tokens[first]!.norm)) titled = true;
      first++;
    }
    i = runEnd;
    const nameTokens = tokens.slice(first, runEnd);
    if (nameTokens.length === 0 || nameTokens.length > 4) continue;
    const syllable = (t: Token) => /^[-‐‑]$/.test(text[t.start - 1] ?? "") && /^\p{Ll}+$/u.test(text.slice(t.start, t.end));
    if (
      nameTokens.some(
        (t) => NOT_NAME_WORDS.has(t.norm) || (!PARTICLES.has(t.norm) && !syllable(t) && !NAME_SHAPE.test(text.slice(t.start, t.end))),
      )
    )
      continue;
    if (known(first, runEnd)) continue;
    const speechNear = speechVerbAfter(text, tokens, runEnd) || (first > 0 && isReportingVerb(tokens[first - 1]!.norm));
    // “Anders Holm, the brigade's commander,”: an appositive describing the name.
    const appositive = /^,\s+(?:the|a|an|who|whose)\s/i.test(text.slice(tokens[runEnd - 1]!.end, tokens[runEnd - 1]!.end + 8));
    const full = nameTokens.length >= 2;
    if (!(titled && (full || speechNear)) && !(full && (speechNear || appositive || (described && first === runStart)))) continue;
    const name = text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end);
    const surname = text.slice(nameTokens[nameTokens.length - 1]!.start, nameTokens[nameTokens.length - 1]!.end);
    const aliases =
      nameTokens.length > 1 &&
      !syllable(nameTokens[nameTokens.length - 1]!) &&
      !index.byFirstToken.has(surname.toLowerCase().replace(/’/g, "'"))
        ? [surname]
        : [];
    addPerson(index, { name, discovered: true, role: false }, aliases);
  }
}

const isReportingVerb = (word: string) => REPORTING_VERBS.has(word) || NAMING_VERBS.has(word);

/** Whether a reporting verb follows token `i` (after fillers, or after an appositive between commas). */
function speechVerbAfter(text: string, tokens: readonly Token[], i: number): boolean {
  let k = i;
  const next = tokens[k];
  if (next && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, next.start)) && !isReportingVerb(next.norm) && !VERB_FILLERS.has(next.norm)) {
    // “Anna Kowalski, a researcher at the institute, said”
    const comma = text.indexOf(",", next.start);
    if (comma === -1 || comma - next.start > 80 || /[.;:!?]/.test(text.slice(next.start, comma))) return false;
    k = tokenIndexAt(tokens, comma);
  }
  while (tokens[k] && VERB_FILLERS.has(tokens[k]!.norm)) k++;
  return tokens[k] !== undefined && isReportingVerb(tokens[k]!.norm);
}

/** Every mention of a directory or discovered person, and every personal pronoun, in order. */
export function findMentions(text: string, tokens: readonly Token[], index: SpeakerIndex, quotes: readonly TextRange[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const inQuote = insideAny(quotes, token.start);
    const pronoun = SUBJECT_PRONOUNS[token.norm] ?? POSSESSIVE_PRONOUNS[token.norm];
    if (pronoun) {
      const possessive = Object.hasOwn(POSSESSIVE_PRONOUNS, token.norm);
      mentions.push({ start: token.start, end: token.end, people: [], pronoun, possessive, inQuote, token: i, tokenEnd: i + 1 });
      i++;
      continue;
    }
    const alias = matchAlias(text, tokens, i, index);
    if (!alias) {
      i++;
      continue;
    }
    const last = tokens[i + alias.length - 1]!;
    const previous = mentions[mentions.length - 1];
    // “NATO Secretary General” + “Mark Rutte”: one mention.
    if (
      previous &&
      !previous.pronoun &&
      previous.tokenEnd === i &&
      previous.inQuote === inQuote &&
      previous.people.some((p) => alias.people.includes(p)) &&
      SEPARATOR.test(text.slice(tokens[i - 1]!.end, token.start))
    ) {
      previous.end = last.end;
      previous.tokenEnd = i + alias.length;
      previous.people = previous.people.filter((p) => alias.people.includes(p));
      previous.possessive = last.possessive;
    } else {
      mentions.push({
        start: token.start,
        end: last.end,
        people: alias.people,
        possessive: last.possessive,
        inQuote,
        token: i,
        tokenEnd: i + alias.length,
      });
    }
    i += alias.length;
  }
  return mentions;
}

export { insideAny };
