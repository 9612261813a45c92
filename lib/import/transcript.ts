// Transcripts in the layouts official pages and broadcasters use. A speaker named in the heading
// (“Press statement by NATO Secretary General Mark Rutte”, “Remarks by …”, “(As delivered)”)
// speaks every paragraph before the first turn label. Turn labels: “Name:”, “ROLE NAME:”, “Name,
// Role:”, “Role, Name -”, “Name (00:12):”, a label alone on its line, “Q:”/“Q.”/“Q” and spaces,
// initials of a name labelled before (“KK:” after “Kaja Kallas:”). Questions, interviewers and
// journalists (“Ellen Francis, Washington Post:”) are context: their turns are listed, not proposed.
// In a document that is mostly turns, paragraphs without a label continue the turn before; in an
// article that quotes a short exchange, only the labelled paragraphs count.
import { NON_SPEAKER_LABELS, NOT_NAME_WORDS, ROLE_LABELS, SPEECH_VERBS, TITLE_WORDS } from "./lexicon";
import type { RoleResolver } from "./roles";
import type { Paragraph } from "./segment";
import { matchAlias, tokenize, type SpeakerIndex, type Token } from "./speakers";
import type { SpeakerGuess, TextRange } from "./types";

export interface TranscriptTurn {
  label: string;
  labelRange: TextRange;
  speaker: SpeakerGuess | null;
  /** A person in the directory, another name, a role such as “Q”, or the speaker named in the heading. */
  labelKind: "known" | "name" | "role";
  /** Questions and interviewers: shown as context, never proposed. */
  context: boolean;
  /** The spoken text, one range per paragraph, label excluded. */
  paragraphs: TextRange[];
}

const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?`;
const COLON_LABEL = new RegExp(
  String.raw`^${TIMESTAMP}(?:\*\*|__)?((?:[^\n:(]|\([^)\n]{0,30}\)){1,90}?)(?:\*\*|__)?\s*:(?:\*\*|__)?(?:[ \t]+(?=\S)|(?=[A-Z](?:[a-z]|\s))|\s*$)`,
);
/** A label typed with the space before its colon instead of after it: “PRIEBUS :Well, look”. */
const SPACED_COLON_LABEL = new RegExp(String.raw`^${TIMESTAMP}(?:\*\*|__)?([^\n:(]{1,90}?)(?:\*\*|__)?[ \t]+:(?:\*\*|__)?[ \t]*(?=\S)`);
const DASH_LABEL = new RegExp(String.raw`^${TIMESTAMP}(?:\*\*|__)?([^\n:–—]{1,90}?)(?:\*\*|__)?[ \t]+[-–—][ \t]+(?=\S)`);
/** The zone after a time of day: “10:03 ET”, “9.32pm GMT”. */
const TIME_ZONE = /^(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AE[SD]T|[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)$/i;
const BARE_QA = /^(Q|A)(?:\.[ \t]+|[ \t]{2,}|\t)(?=\S)/;
const SMALL_WORDS = new Set(["of", "the", "and", "for", "de", "van", "von", "der", "den", "du", "da", "al", "on", "at", "to"]);
/** Labels for the audience or the press: context, never a speaker of statements. */
const CONTEXT_ROLES = new Set([
  "q",
  "question",
  "questions",
  "reporter",
  "reporters",
  "journalist",
  "journalists",
  "interviewer",
  "moderator",
  "host",
  "presenter",
  "anchor",
  "audience",
  "crowd",
  "press",
  "the press",
  "caller",
  "participant",
  "member",
  "voice",
]);

interface Label {
  paragraph: Paragraph;
  label: string;
  labelRange: TextRange;
  contentStart: number;
  kind: "known" | "name" | "role";
  context: boolean;
  speaker: SpeakerGuess | null;
  strict: boolean;
  /** A line holding only a known person's name (“Prime Minister Theresa May”): kept only over first-person remarks. */
  nameLine?: number;
}

const guess = (name: string, raw: string, range: TextRange, extra: Partial<SpeakerGuess> = {}): SpeakerGuess => ({
  name,
  matched: raw,
  matchStart: range.start,
  matchEnd: range.end,
  via: "label",
  ...extra,
});

const namedInFull = (text: string, name: string) =>
  new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, String.raw`\s+`)}(?![\p{L}])`, "iu").test(
    text,
  );

function knownIn(text: string, range: TextRange, index: SpeakerIndex): { name: string; id?: string | number } | null {
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  for (let i = 0; i < tokens.length; i++) {
    const alias = matchAlias(text, tokens, i, index);
    // “SANDERS:” where two people share the surname: the one the text names in full.
    const people = alias && alias.people.length > 1 ? alias.people.filter((k) => namedInFull(text, index.people[k]!.name)) : alias?.people;
    if (people && people.length === 1) {
      const person = index.people[people[0]!]!;
      return { name: person.name, ...(person.id !== undefined ? { id: person.id } : {}) };
    }
  }
  return null;
}

/**
 * Whether a title ending at `end` is a possessive before another title (“the Prime Minister's
 * Spokesman”): it names the holder's aide, not the holder (“the Secretary-General's press
 * conference” is the holder's own).
 */
const ofAnother = (tokens: readonly Token[], end: number) => tokens[end - 1]!.possessive && TITLE_WORDS.has(tokens[end]?.norm ?? "");

/** The one person a role title in `range` stands for on the text's date (“Minister of Foreign Affairs”). */
function roleHolderIn(
  text: string,
  range: TextRange,
  index: SpeakerIndex,
  roles: RoleResolver | null,
  named: ReadonlySet<number> = new Set(),
): { name: string; id?: string | number } | null {
  if (!roles || roles.empty) return null;
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  for (let i = 0; i < tokens.length; i++) {
    const match = roles.matchAt(text, tokens, i);
    if (!match || match.tokenEnd !== tokens.length) continue;
    // A title that several people held on the date (“Foreign Minister”) stands for the one the text names.
    let holders = match.people.length === 1 ? match.people : match.people.filter((p) => named.has(p));
    // Of several it names, the one it names with this very title (“Minister of Foreign Affairs Nikos
    // Dendias”), not one named otherwise (“your Turkish counterpart, Mr. Çavuşoğlu”).
    const title = text.slice(tokens[i]!.start, range.end);
    if (holders.length > 1) holders = holders.filter((p) => namedInFull(text, `${title} ${index.people[p]!.name}`));
    if (holders.length === 1) {
      const person = index.people[holders[0]!]!;
      return { name: person.name, ...(person.id !== undefined ? { id: person.id } : {}) };
    }
  }
  return null;
}

/** What follows a dash is a role, not speech: a few words naming an office, without a sentence's end. */
function isRoleCaption(rest: string): boolean {
  const line = rest.trim();
  if (!line || /[.!?…:;"“”«»]/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= 10 && words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/[’']s$/, "")));
}

/** “Prime Minister Theresa May”, “Taoiseach Enda Kenny”: a line that is only titles and one known person's name. */
function nameLineLabel(text: string, paragraph: Paragraph, index: SpeakerIndex): Label | null {
  const line = text.slice(paragraph.start, paragraph.end);
  if (line.includes("\n") || /[.,:;!?"“”«»()]\s*$|[:;!?"“”«»]/.test(line)) return null;
  const tokens = tokenize(text, paragraph.start, paragraph.end).filter((t) => t.end <= paragraph.end);
  if (tokens.length === 0 || tokens.length > 8) return null;
  let i = 0;
  while (i < tokens.length && (TITLE_WORDS.has(tokens[i]!.norm) || SMALL_WORDS.has(tokens[i]!.norm) || ROLE_TITLES.test(tokens[i]!.norm)))
    i++;
  const alias = i < tokens.length ? matchAlias(text, tokens, i, index) : null;
  if (!alias || alias.people.length !== 1 || i + alias.length !== tokens.length) return null;
  const person = index.people[alias.people[0]!]!;
  const labelRange = { start: paragraph.start, end: paragraph.end };
  return {
    paragraph,
    label: line.trim(),
    labelRange,
    contentStart: paragraph.end,
    kind: "known",
    context: false,
    speaker: guess(person.name, line.trim(), labelRange, person.id !== undefined ? { id: person.id } : {}),
    strict: true,
    nameLine: person.key,
  };
}

/** Titles of office that are not in TITLE_WORDS because they are rarely stripped from names. */
const ROLE_TITLES = /^(?:taoiseach|tánaiste|tanaiste|premier|chancellor|rt|hon|honourable|honorable|right)$/;

const titleCase = (w: string) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

function readLabel(
  text: string,
  paragraph: Paragraph,
  index: SpeakerIndex,
  roles: RoleResolver | null,
  named: ReadonlySet<number> = new Set(),
): Label | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 140));
  let match = COLON_LABEL.exec(head) ?? SPACED_COLON_LABEL.exec(head);
  let strict = false;
  if (!match) {
    const qa = BARE_QA.exec(head);
    if (qa) {
      const start = paragraph.start;
      const range = { start, end: start + 1 };
      return {
        paragraph,
        label: qa[1]!,
        labelRange: range,
        contentStart: start + qa[0].length,
        kind: "role",
        context: qa[1] === "Q",
        speaker: guess(qa[1]!, qa[1]!, range, { role: true }),
        strict: false,
      };
    }
    match = DASH_LABEL.exec(head);
    strict = true; // a dash after a dateline (“BRATISLAVA (AP) —”) is no label: only known people and roles
  }
  if (!match) return nameLineLabel(text, paragraph, index);
  // “Greg Hands – British Business Minister”: a name over a digest's paragraph, captioned with a
  // role, is a heading of reported speech, not a turn (a turn's words after a dash are a sentence).
  if (strict && isRoleCaption(text.slice(paragraph.start + match[0].length, paragraph.end))) return null;
  const raw = match[1]!.trim();
  // “1:57 ET: That's the conclusion …”: a live blog's time stamp, its zone read as a label, is no turn.
  if (TIME_ZONE.test(raw) && /\d/.test(match[0].slice(0, match[0].indexOf(match[1]!)))) return null;
  const labelStart = paragraph.start + match.index + match[0].indexOf(match[1]!) + (match[1]!.length - match[1]!.trimStart().length);
  const labelRange = { start: labelStart, end: labelStart + raw.length };
  let contentStart = paragraph.start + match.index + match[0].length;
  if (contentStart > paragraph.end) contentStart = paragraph.end;
  // “Cameron: "the national interest …"”: a name over one quotation in marks captions a quote in an
  // article; a turn's words are not printed inside quotation marks.
  if (/^["“‘'«][^"“”«»]+["”’'»][\s.,;:!?…]*$/.test(text.slice(contentStart, paragraph.end).trim())) return null;
  // “Journalist (Reuters)”, “Karoline Leavitt (02:10)”, “JENS STOLTENBERG (NATO Secretary General)”
  const parenthesis = /\s*\(([^)]*)\)\s*$/.exec(raw);
  const bare = (parenthesis ? raw.slice(0, parenthesis.index) : raw).trim();
  const cleaned = bare
    .replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Amb|Rt|Hon|Rev|Gov|Lt|Col|Sgt)\./gi, "")
    .replace(/\b(?:\p{Lu}\.)+/gu, "");
  const labelled = (kind: Label["kind"], context: boolean, speaker: SpeakerGuess): Label => ({
    paragraph,
    label: raw,
    labelRange,
    contentStart,
    kind,
    context,
    speaker,
    strict,
  });
  // “(Question by Media):”: a label wholly in parentheses naming the press.
  if (!bare && parenthesis && CONTEXT_ROLES.has(parenthesis[1]!.trim().split(/\s+/)[0]!.toLowerCase()))
    return labelled("role", true, guess(parenthesis[1]!.trim(), raw, labelRange, { role: true }));
  if (!bare || /[.!?;"“”«»]/.test(cleaned)) return null;
  const parts = bare.split(/\s*,\s*/);
  if (parts.length > 2 || parts.some((p) => !p)) return null;
  const words = bare.split(/[\s,]+/).filter(Boolean);
  if (words.length > 9) return null;
  const lower = bare.toLowerCase();
  if (
    NON_SPEAKER_LABELS.has(lower) ||
    NON_SPEAKER_LABELS.has(words[0]!.toLowerCase()) ||
    NON_SPEAKER_LABELS.has(lower.replace(/['’]s$/, ""))
  )
    return null;
  if (!words.every((w) => /^[\p{Lu}\d\[]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))) return null;

  // A known person, or a role title standing for whoever held it on the text's date (“Minister of Foreign Affairs:”).
  const person = knownIn(text, labelRange, index) ?? roleHolderIn(text, labelRange, index, roles, named);
  if (person) return labelled("known", false, guess(person.name, raw, labelRange, person.id !== undefined ? { id: person.id } : {}));
  const firstWord = words[0]!.toLowerCase().replace(/\d+$/, "");
  if (
    ROLE_LABELS.has(lower) ||
    ROLE_LABELS.has(firstWord) ||
    CONTEXT_ROLES.has(lower) ||
    CONTEXT_ROLES.has(firstWord) ||
    /^(?:speaker|participant|voice)\s*\d+$/i.test(bare)
  )
    return labelled("role", CONTEXT_ROLES.has(lower) || CONTEXT_ROLES.has(firstWord), guess(bare, raw, labelRange, { role: true }));
  if (strict) return null;
  // Another person's name, titles stripped: “Foreign Minister Anna Kowalski”, “ANNA KOWALSKI”; with
  // a comma, the other part is a role (“Anna Kowalski, Foreign Minister”) or an outlet
  // (“Ellen Francis, Washington Post”: a journalist asking).
  const isTitlePart = (part: string) =>
    part.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()) || SMALL_WORDS.has(w.toLowerCase()));
  let namePart = parts[0]!;
  let outlet = parenthesis !== null && !/\d/.test(parenthesis[1]!) && !isTitlePart(parenthesis[1]!);
  if (parts.length === 2) {
    if (isTitlePart(parts[0]!)) namePart = parts[1]!;
    else if (!isTitlePart(parts[1]!)) outlet = true;
  }
  const nameWords = namePart.split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase()) && !SMALL_WORDS.has(w.toLowerCase()));
  if (
    nameWords.length === 0 ||
    nameWords.length > 4 ||
    nameWords.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || !/^\p{Lu}[\p{L}'’-]*$/u.test(w))
  )
    return null;
  const name = nameWords.map(titleCase).join(" ");
  return labelled("name", outlet, guess(name, raw, labelRange));
}

function trimRange(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A paragraph that is only a stage direction: “[Laughter]”, “(inaudible)”, “END”. */
const isStageDirection = (line: string) =>
  /^(?:\[[^\]]*\]|\([^)]*\)|-+|\*+|end|ends|\(end\)|q&a|q & a|questions and answers)$/i.test(line.trim());

const HEADING_WORDS =
  /\b(?:statements?|remarks|speech|address|press conference|news conference|press point|press briefing|briefing|doorstep|interview|message|press encounter|press availability|media availability|keynote|lecture|transcripts?|opening|closing|toast|testimony)\b/i;
const DELIVERY_MARKER = /^\(?\s*(?:as delivered|as prepared(?: for delivery)?|check against delivery!?|unofficial transcript)\s*\)?\.?!?$/i;
const INTRO =
  /\b(?:delivered the following|following (?:is|are) (?:a |the )?(?:near-verbatim )?(?:transcript|text|remarks)|exactly as it was delivered|^(?:the )?full text of)\b/i;

/** A note on the text itself: “This is a provisional translation … for reference purpose only.” */
const NOTICE =
  /^(?:this is an? |\(?)(?:provisional|unofficial|informal|machine|courtesy|non-official)\s+(?:english\s+)?(?:translation|transcript)\b/i;

/** A topic heading inside a transcript: no sentence's end, its words capitalised like a title. */
function isTitleLine(line: string): boolean {
  if (/[.!?…:;,"”’)]$/.test(line) || line.length > 200) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitals >= 0.75 * words.length;
}

/** Furniture of an official page's heading block: dates, “Last updated”, bullets, short titles. */
function isFurniture(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return (
    DELIVERY_MARKER.test(line) ||
    INTRO.test(line) ||
    /^(?:[•·|\-–]\s*)+/.test(line) ||
    /^(?:last updated|updated|published|delivered on|from|location|date)\b/i.test(line) ||
    NOTICE.test(line) ||
    (words <= 12 && !/[.!?…]["”’)]*$/.test(line) && !/,$/.test(line))
  );
}

export interface Heading {
  /** The one speaker the heading names, or null (“Joint press point with A and B”). */
  speaker: SpeakerGuess | null;
  /** Index of the first paragraph after the heading block. */
  bodyFrom: number;
}

/** People of the directory named in a range, in order, without repeats. */
function peopleIn(text: string, range: TextRange, index: SpeakerIndex): number[] {
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const alias = matchAlias(text, tokens, i, index);
    if (!alias) continue;
    if (alias.people.length === 1 && !found.includes(alias.people[0]!)) found.push(alias.people[0]!);
    i += alias.length - 1;
  }
  return found;
}

/**
 * The heading block of a text that opens like an official transcript (“Doorstep statement”, “by
 * NATO Secretary General Jens Stoltenberg”, “(As delivered)”), with the one speaker it names: the
 * person after “by”, the only person a heading line names, or a role resolved on the text's date
 * (“Prime Minister's remarks”). Null when the text does not open like a transcript.
 */
export function findHeading(
  text: string,
  paragraphs: readonly Paragraph[],
  index: SpeakerIndex,
  roles: RoleResolver | null,
): Heading | null {
  let headingEnd = -1;
  let transcriptLike = false;
  let speaker: SpeakerGuess | null = null;
  /** A speaker read from a role title gives way to one a later heading line names. */
  let fromRole = false;
  /** The two people a joint heading names (“Joint press point with A and B”) and where. */
  let pair: { people: number[]; range: TextRange; line: string } | null = null;
  const seen: string[] = [];
  for (const paragraph of paragraphs.slice(0, 12)) {
    const line = text.slice(paragraph.start, paragraph.end).trim();
    // A page repeats its title (“Transcripts May 8: X responds to …”, then “X responds to …”).
    const repeated = line.length >= 20 && seen.some((earlier) => earlier.toLowerCase().includes(line.toLowerCase()));
    seen.push(line);
    const furniture = repeated || isFurniture(line);
    const byLine = /^by\s/i.test(line);
    const heading =
      HEADING_WORDS.test(line) &&
      line.split(/\s+/).length <= 40 &&
      (INTRO.test(line) || (!/[:.!?]$/.test(line) && (furniture || byLine || /^\p{Lu}/u.test(line))));
    if (!furniture && !heading && !byLine) break;
    headingEnd = paragraph.index;
    if (DELIVERY_MARKER.test(line) || INTRO.test(line) || heading) transcriptLike = true;
    if ((speaker && !fromRole) || !(heading || byLine || INTRO.test(line) || /^with\s/i.test(line))) continue;
    const by = /\bby\s+/i.exec(line);
    const from = paragraph.start + (by ? by.index + by[0].length : 0);
    // “by the Secretary General with Chancellor X”: the speaker is in the by-part, not after “with”.
    const guest = by ? /\s(?:with|alongside|and)\s/i.exec(text.slice(from, paragraph.end)) : null;
    const to = guest ? from + guest.index : paragraph.end;
    const named = peopleIn(text, { start: from, end: to }, index);
    const range = { start: paragraph.start, end: paragraph.end };
    if (named.length === 2 && !by && !pair) pair = { people: named, range, line };
    // “PM press conference with Taoiseach X”: a host given by title before “with” has X as a guest.
    const host = by ? null : /^(.*?)\s(?:with|alongside)\s/i.exec(line);
    if (
      host &&
      named.length === 1 &&
      host[1]!.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) || w === "PM") &&
      peopleIn(text, { start: paragraph.start, end: paragraph.start + host[1]!.length }, index).length === 0
    )
      continue;
    // “X responds to Y's decision”: of two people, the one named before a preposition.
    const lead = !by && named.length > 1 ? /^(.*?)\s(?:to|with|alongside|against|about|over|on)\s/i.exec(line) : null;
    const leading = lead ? peopleIn(text, { start: paragraph.start, end: paragraph.start + lead[1]!.length }, index) : [];
    if (repeated) continue;
    if (named.length === 1 || (by && named.length > 0) || leading.length === 1) {
      fromRole = false;
      const person = index.people[leading.length === 1 ? leading[0]! : named[0]!]!;
      speaker = {
        name: person.name,
        ...(person.id !== undefined ? { id: person.id } : {}),
        matched: line.slice(0, 120),
        matchStart: range.start,
        matchEnd: range.end,
        via: "heading",
      };
      continue;
    }
    if (named.length === 0 && !speaker && roles && !roles.empty) {
      const tokens = tokenize(text, by ? from : paragraph.start, to).filter((t) => t.end <= to);
      for (let i = 0; i < tokens.length && !speaker; i++) {
        const role = roles.matchAt(text, tokens, i);
        if (role && ofAnother(tokens, role.tokenEnd)) continue;
        // A bare title several people held on the date goes to the one whose organisation the text names.
        const holders = role && role.people.length > 1 ? roles.namedIn(role.people, text) : (role?.people ?? []);
        if (role && holders.length === 1) {
          fromRole = true;
          const person = index.people[holders[0]!]!;
          const end = tokens[role.tokenEnd - 1]!.end;
          speaker = {
            name: person.name,
            ...(person.id !== undefined ? { id: person.id } : {}),
            matched: text.slice(tokens[i]!.start, end),
            matchStart: tokens[i]!.start,
            matchEnd: end,
            via: "heading",
          };
        }
      }
    }
  }
  if (transcriptLike && !speaker && pair) speaker = jointSpeaker(text, paragraphs, headingEnd + 1, pair, index);
  return transcriptLike ? { speaker, bodyFrom: headingEnd + 1 } : null;
}

const GREETING = /^(?:thank you|thanks|dear|good (?:morning|afternoon|evening)|welcome)\b/i;

/**
 * Of the two people a joint heading names, the one speaking first: the remarks open by thanking or
 * greeting the other (“Thank you so much, Chancellor Merkel.”), so the speaker is the one not named.
 */
function jointSpeaker(
  text: string,
  paragraphs: readonly Paragraph[],
  bodyFrom: number,
  pair: { people: number[]; range: TextRange; line: string },
  index: SpeakerIndex,
): SpeakerGuess | null {
  const opening = paragraphs[bodyFrom];
  if (!opening) return null;
  const line = text.slice(opening.start, opening.end).trim();
  if (!GREETING.test(line)) return null;
  // Addressed by a name, a surname or a first name (“Chancellor Merkel”, “Dear Angela”).
  const words = new Set(line.split(/[^\p{L}'’-]+/u).filter(Boolean));
  const addressed = pair.people.filter((p) => {
    const person = index.people[p]!;
    return person.name.split(/\s+/).some((w) => w.length > 2 && words.has(w));
  });
  if (addressed.length !== 1) return null;
  const person = index.people[pair.people.find((p) => p !== addressed[0])!]!;
  return {
    name: person.name,
    ...(person.id !== undefined ? { id: person.id } : {}),
    matched: pair.line.slice(0, 120),
    matchStart: pair.range.start,
    matchEnd: pair.range.end,
    via: "heading",
  };
}

const TIME_CODE = /^\s*\(\d{1,2}:\d{2}(?::\d{2})?\)/;
const INTERVIEWED = /\binterview(?:ed|s)\b|\binterview with\b/i;
/** “Andrew Marr interviewed Lord Mandelson”: the interviewer's name. */
const INTERVIEWER = /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+interview(?:ed|s)\b/gu;

/** Where the words start after a leading time code (“(16:56:14) I am …”). */
function afterTimeCode(text: string, start: number, end: number): number {
  const match = TIME_CODE.exec(text.slice(start, Math.min(end, start + 16)));
  return match ? start + match[0].length : start;
}

function labelContent(text: string, paragraph: Paragraph, labels: ReadonlyMap<number, Label>): string {
  const label = labels.get(paragraph.index);
  return label ? text.slice(label.contentStart, paragraph.end) : "";
}

/** A label in capitals inside a paragraph, after a sentence's end: “… in the Sunday Times? JOHN DENHAM: I think …”. */
const INLINE_LABEL = /(?<=\p{L}[.!?…]["”’)\]]*[ \t]+)(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,3}):(?=[ \t])/gu;
const LEADING_CAPS_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,3}):/u;

/**
 * An interview printed with every turn in one paragraph: each label in capitals that the text uses
 * at least twice starts a paragraph of its own here (the ranges still point into the text).
 */
function splitAtInlineLabels(text: string, paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  const found: { paragraph: number; at: number; label: string }[] = [];
  const uses = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    const leading = LEADING_CAPS_LABEL.exec(body);
    if (leading) uses.set(leading[1]!, (uses.get(leading[1]!) ?? 0) + 1);
    for (const match of body.matchAll(INLINE_LABEL)) {
      uses.set(match[1]!, (uses.get(match[1]!) ?? 0) + 1);
      found.push({ paragraph: paragraph.index, at: paragraph.start + match.index!, label: match[1]! });
    }
  }
  const cuts = found.filter((f) => (uses.get(f.label) ?? 0) >= 2 && /\p{Lu}{2}/u.test(f.label));
  if (cuts.length === 0) return paragraphs;
  const result: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (const cut of cuts.filter((c) => c.paragraph === paragraph.index)) {
      const range = trimRange(text, start, cut.at);
      if (range) result.push({ ...range, index: result.length });
      start = cut.at;
    }
    const range = trimRange(text, start, paragraph.end);
    if (range) result.push({ ...range, index: result.length });
  }
  return result;
}

/** Whether `range` reports what `speaker` said in the third person: “said Juncker”, “Juncker told …”. */
function reportsSpeechOf(text: string, range: TextRange, speaker: SpeakerGuess, index: SpeakerIndex): boolean {
  if (range.end <= range.start) return false;
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  for (let i = 0; i < tokens.length; i++) {
    const alias = matchAlias(text, tokens, i, index);
    if (!alias) continue;
    const named = alias.people.some((p) => index.people[p]!.name === speaker.name);
    const after = tokens.slice(i + alias.length, i + alias.length + 3).map((t) => t.norm);
    // “said Mayor Dennis P. Williams”: titles may stand between the verb and the name.
    let before = i - 1;
    while (before >= 0 && TITLE_WORDS.has(tokens[before]!.norm)) before--;
    if (named && (SPEECH_VERBS.has(tokens[before]?.norm ?? "") || after.some((w) => SPEECH_VERBS.has(w)))) return true;
    i += alias.length - 1;
  }
  return false;
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr"]);

/**
 * Whether `range` names `speaker` the way a report does, never the way their own remarks would: with
 * an honorific (“Mr Blair begins”) or as the subject of a verb in the third person (“Brown emerges”).
 */
function namesInThirdPerson(text: string, range: TextRange, speaker: SpeakerGuess, index: SpeakerIndex): boolean {
  if (range.end <= range.start) return false;
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  for (let i = 0; i < tokens.length; i++) {
    const alias = matchAlias(text, tokens, i, index);
    if (!alias) continue;
    if (alias.people.some((p) => index.people[p]!.name === speaker.name)) {
      const last = tokens[i + alias.length - 1]!;
      const next = tokens[i + alias.length];
      if (HONORIFICS.has(tokens[i - 1]?.norm ?? "")) return true;
      const verb = next && !last.possessive && /^\p{Ll}+(?:s|ed)$/u.test(text.slice(next.start, next.end)) && !/ss$/.test(next.norm);
      if (verb && /^[ \t]+$/.test(text.slice(last.end, next.start))) return true;
    }
    i += alias.length - 1;
  }
  return false;
}

/** Whether `range` names the person with index key `person` by any of their names. */
function mentions(text: string, range: TextRange, person: number, index: SpeakerIndex): boolean {
  const tokens = tokenize(text, range.start, range.end).filter((t) => t.end <= range.end);
  for (let i = 0; i < tokens.length; i++) if (matchAlias(text, tokens, i, index)?.people.includes(person)) return true;
  return false;
}

/** A moderator's words handing the floor to the next questioner. */
const HAND_OFF =
  /\b(?:next question|last question|final question|(?:please )?go ahead|the floor is yours|over to you|(?:gentleman|lady|colleague|journalist|hand) (?:in|at|from|on) (?:the|a|an)\b|in the (?:front|back|middle|second) row|let'?s (?:go|take|turn) to|we'?ll (?:go|take|turn) to)/i;

/** Initials of a name: “Kaja Kallas” → “KK”. */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();

/**
 * The speaker turns of a transcript, or none when the text is not one: fewer than two labels, and
 * no speaker named in a heading.
 */
export function findTranscriptTurns(
  text: string,
  paragraphs: readonly Paragraph[],
  index: SpeakerIndex,
  roles: RoleResolver | null = null,
): TranscriptTurn[] {
  paragraphs = splitAtInlineLabels(text, paragraphs);
  let heading = findHeading(text, paragraphs, index, roles);
  const named = new Set(peopleIn(text, { start: 0, end: text.length }, index));
  const labels = new Map<number, Label>();
  for (const paragraph of paragraphs) {
    if (heading && paragraph.index < heading.bodyFrom) continue;
    const label = readLabel(text, paragraph, index, roles, named);
    if (label) labels.set(paragraph.index, label);
  }
  // A name alone on a line is a turn label only over that person's own words: first person, never
  // named in them (“Greg Hands” over “Hands told Sky News …” or a photo caption is reported speech).
  for (const label of [...labels.values()]) {
    if (label.nameLine === undefined) continue;
    const next = [...labels.keys()].filter((k) => k > label.paragraph.index && labels.get(k)!.nameLine !== label.nameLine);
    const end = next.length ? paragraphs[Math.min(...next)]!.start : text.length;
    const words = text.slice(label.paragraph.end, end);
    const own =
      words.trim().length > 0 &&
      /\b(?:I|we|my|our|us)\b/i.test(words) &&
      !mentions(text, { start: label.paragraph.end, end }, label.nameLine, index) &&
      !/^\s*["“«]/m.test(words);
    if (!own) labels.delete(label.paragraph.index);
  }
  // A news headline that names its subject (“Juncker bids farewell at final news conference”) over a
  // report of what they said (“…,” said Juncker): an article, not their remarks.
  if (heading?.speaker) {
    const until = labels.size ? paragraphs[Math.min(...labels.keys())]!.start : text.length;
    const from = paragraphs[heading.bodyFrom]?.start ?? text.length;
    // “Senator X released the following statement:” over “¶“The allegations …””: remarks printed
    // inside quotation marks are a report's quotation, which the quote reader attributes.
    const body = paragraphs.filter((p) => p.index >= heading!.bodyFrom && p.start < until);
    const quoted = body.filter((p) => /^\s*["“«„]/.test(text.slice(p.start, p.end))).length;
    if (
      reportsSpeechOf(text, { start: from, end: until }, heading.speaker, index) ||
      namesInThirdPerson(text, { start: from, end: until }, heading.speaker, index) ||
      (body.length > 0 && /^\s*["“«„]/.test(text.slice(body[0]!.start, body[0]!.end)) && quoted * 2 > body.length)
    )
      heading = null;
  }
  const headed = heading?.speaker ? heading : null;
  // Time codes opening the paragraphs (“(16:56:14) I am delighted …”) mark a transcript's running text.
  const timed =
    paragraphs.filter((p) => TIME_CODE.test(text.slice(p.start, p.end)) || TIME_CODE.test(labelContent(text, p, labels))).length >= 2;
  // A text that calls itself a transcript or an interview (“Andrew Marr interviewed Lord Mandelson”).
  const opening = paragraphs.slice(0, 8).map((p) => text.slice(p.start, p.end));
  const declared = opening.some((line) => /\btranscript\b/i.test(line) || INTERVIEWED.test(line));
  const interviewers = new Set(opening.flatMap((line) => [...line.matchAll(INTERVIEWER)].map((m) => m[1]!.toLowerCase())));
  for (const label of labels.values())
    if (label.kind === "name" && [...interviewers].some((who) => ` ${who}`.endsWith(` ${label.speaker!.name.toLowerCase()}`)))
      label.context = true;
  // Initials stand for a name labelled before: “NV:” after “Nick Vinocur:”.
  const seen: Label[] = [];
  for (const label of [...labels.values()].sort((a, b) => a.paragraph.index - b.paragraph.index)) {
    const bare = label.label.trim();
    if (/^\p{Lu}{2,3}$/u.test(bare)) {
      const named = seen.find((other) => other.kind !== "role" && initialsOf(other.speaker?.name ?? "") === bare);
      if (named)
        Object.assign(label, {
          kind: named.kind,
          context: named.context,
          speaker: { ...named.speaker!, matched: bare, matchStart: label.labelRange.start, matchEnd: label.labelRange.end },
        });
    }
    seen.push(label);
  }
  const anyKnown = [...labels.values()].some((l) => l.kind === "known") || headed !== null;
  if (labels.size < 2 && !headed && !((heading || timed) && labels.size === 1)) return [];
  // In an interview with a known speaker, someone the directory does not know whose turns mostly
  // ask (“?”) is the interviewer; initials follow their name.
  if (anyKnown) {
    const asks = new Map<string, { turns: number; questions: number }>();
    const ordered = [...labels.values()].sort((a, b) => a.paragraph.index - b.paragraph.index);
    for (const [n, label] of ordered.entries()) {
      if (label.kind !== "name") continue;
      const name = label.speaker!.name;
      const tally = asks.get(name) ?? { turns: 0, questions: 0 };
      tally.turns++;
      // The whole turn: with a label on its own line (“Matt: (00:03)”) the words follow below it.
      const turnEnd = ordered[n + 1]?.paragraph.start ?? text.length;
      if (text.slice(label.contentStart, turnEnd).includes("?")) tally.questions++;
      asks.set(name, tally);
    }
    for (const label of labels.values()) {
      const tally = label.kind === "name" ? asks.get(label.speaker!.name) : undefined;
      if (tally && tally.questions * 2 >= tally.turns) label.context = true;
    }
    // A known person half of whose turns ask, opposite a known person who never asks (a
    // presenter the directory happens to know): the interviewer too.
    const knownAsks = new Map<string, { turns: number; questions: number }>();
    ordered.forEach((label, n) => {
      if (label.kind !== "known" || label.context) return;
      const tally = knownAsks.get(label.speaker!.name) ?? { turns: 0, questions: 0 };
      tally.turns++;
      if (text.slice(label.contentStart, ordered[n + 1]?.paragraph.start ?? text.length).includes("?")) tally.questions++;
      knownAsks.set(label.speaker!.name, tally);
    });
    const answers = [...knownAsks.values()].some((t) => t.questions === 0);
    for (const label of labels.values()) {
      const tally = label.kind === "known" ? knownAsks.get(label.speaker!.name) : undefined;
      if (answers && tally && tally.turns >= 2 && tally.questions * 2 >= tally.turns && label.speaker!.name !== headed?.speaker?.name)
        label.context = true;
    }
  }
  // A known person who only hands the floor on (“Good. And then a gentleman in a blue suit …”,
  // “Next question, please.”) moderates: their short turns are context when someone else gives
  // the longest answer.
  const ordered = [...labels.values()].sort((a, b) => a.paragraph.index - b.paragraph.index);
  const turnText = (n: number) => text.slice(ordered[n]!.contentStart, ordered[n + 1]?.paragraph.start ?? text.length).trim();
  const spoken = new Map<string, number>();
  ordered.forEach((label, n) => {
    if (label.kind === "known" && !label.context)
      spoken.set(label.speaker!.name, Math.max(spoken.get(label.speaker!.name) ?? 0, turnText(n).length));
  });
  const main = [...spoken.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  ordered.forEach((label, n) => {
    if (label.kind !== "known" || label.speaker!.name === main || label.speaker!.name === headed?.speaker?.name) return;
    const words = turnText(n);
    if (HAND_OFF.test(words) && (words.match(/[.!?…](?:\s|$)/g) ?? []).length <= 2) label.context = true;
  });
  for (const label of labels.values()) {
    if (label.kind === "role" || !/^\p{Lu}{2,3}$/u.test(label.label.trim())) continue;
    const named = [...labels.values()].find(
      (other) => other !== label && other.speaker?.name === label.speaker?.name && other.label !== label.label,
    );
    if (named) label.context = named.context;
  }
  const firstLabelled = labels.size ? Math.min(...labels.keys()) : paragraphs.length;
  const share = labels.size / Math.max(1, paragraphs.length - firstLabelled);
  const continues = heading !== null || timed || declared || labels.size >= 4 || (labels.size >= 3 && share >= 0.5);
  // Paragraphs between two labels are the first one's turn in any case; after the last label they
  // are only when the text reads as a transcript throughout (otherwise an article resumes there).
  const lastLabelled = labels.size ? Math.max(...labels.keys()) : -1;

  const turns: TranscriptTurn[] = [];
  let current: TranscriptTurn | null = null;
  let oneMore = false;
  if (headed) {
    const speaker = headed.speaker!;
    current = {
      label: speaker.matched,
      labelRange: { start: speaker.matchStart, end: speaker.matchEnd },
      speaker,
      labelKind: "known",
      context: false,
      paragraphs: [],
    };
    turns.push(current);
  }
  for (const paragraph of paragraphs) {
    if (heading && paragraph.index < heading.bodyFrom) continue;
    const label = labels.get(paragraph.index);
    if (label) {
      current = {
        label: label.label,
        labelRange: label.labelRange,
        speaker: label.speaker,
        labelKind: label.kind,
        context: label.context,
        paragraphs: [],
      };
      turns.push(current);
      const range = trimRange(text, afterTimeCode(text, label.contentStart, paragraph.end), paragraph.end);
      if (range && !isStageDirection(text.slice(range.start, range.end))) current.paragraphs.push(range);
      // A last label alone on its line still has the paragraph below it.
      if (!continues && paragraph.index >= lastLabelled) {
        if (range) current = null;
        else oneMore = true;
      }
      continue;
    }
    if (!current) continue;
    if (oneMore) {
      oneMore = false;
      const range = trimRange(text, paragraph.start, paragraph.end);
      if (range) current.paragraphs.push(range);
      current = null;
      continue;
    }
    const line = text.slice(paragraph.start, paragraph.end);
    if (/^#{1,6}\s/.test(line) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line.trim())) {
      current = null; // a heading or rule ends the transcript part
      continue;
    }
    if (isStageDirection(line)) continue;
    // Page furniture inside the body (“Q&A”, “New York, 25 June 2020”) is nobody's statement.
    if (current.labelKind !== "role" && isFurniture(line.trim()) && !/[.!?…,]["”’)]*$/.test(line.trim())) continue;
    if (current.labelKind !== "role" && isTitleLine(line.trim())) continue;
    const range = trimRange(text, afterTimeCode(text, paragraph.start, paragraph.end), paragraph.end);
    if (range) current.paragraphs.push(range);
  }
  return turns.filter((turn) => turn.paragraphs.length > 0);
}
