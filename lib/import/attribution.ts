// Who said it. For a quote, the attribution after it (“…,” Rutte said / said the NATO chief /
// according to …), then the words before it (Rutte said: “…” / he noted, “…” / his emphasis on
// “…”), then the speaker of the quote before it, then the last person named. Pronouns resolve to
// the last person named outside quotations, preferring the subject of that sentence; “he added”
// and “she continued” resolve to the speaker of the previous quote.
import {
  AMBIGUOUS_VERBS,
  REPORTING_VERBS as REPORTING,
  SPEECH_PHRASAL,
  CONTINUATION_VERBS,
  DESCRIPTOR_STARTS,
  FUNCTION_WORDS,
  NAMING_VERBS,
  NOT_NAME_WORDS,
  PHRASAL_VERBS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_FILLERS,
} from "./lexicon";
import type { RoleResolver } from "./roles";
import { countWords, overlapping, paragraphAt, splitSentences, type Paragraph } from "./segment";
import {
  addPerson,
  buildSpeakerIndex,
  discoverPeople,
  findMentions,
  tokenIndexAt,
  tokenize,
  type Mention,
  type SpeakerIndex,
  type Token,
} from "./speakers";
import type { AttributionVia, SpeakerDirectory, SpeakerGuess, TextRange } from "./types";

/** How sure the attribution is: explicit (verb next to the quote), near, weak, or none. */
export type AttributionStrength = 3 | 2 | 1 | 0;

export interface Attribution {
  speaker: SpeakerGuess | null;
  strength: AttributionStrength;
  /** The attribution words after the quote, when that is where the speaker was found. */
  tail?: TextRange;
}

interface SpeakerRef {
  kind: "mention" | "pronoun" | "role" | "name";
  start: number;
  end: number;
  mention?: Mention;
  name?: string;
}

const SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "if",
  "because",
  "since",
  "whereas",
  "when",
  "unless",
  "until",
  "whether",
  "once",
]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "is", "are", "be"]);
const TAIL_STOP = /[.!?;\n"“”„«»]/;
const ABBREVIATION_STOPS =
  /\b(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Rev|Hon|Amb)\.)(?=[ \t\u00a0]+\p{L})/gu;
/** A sentence's opening phrase around its possessive (the NUL), up to the comma before the subject. */
const OPENING_POSSESSIVE = /^\s*(?:In|On|At|For|With|After|Before|During|Despite|Throughout)\s+\u0000\s+[^,.;:!?\u0000]{1,40},\s*$/u;
/** Post-nominal letters after a signature's name (“Louise Mensch MP”), up to the paragraph's end. */
const POST_NOMINALS = /(?:,?[ \t\u00a0]+(?:MP|MEP|MSP|AM|MLA|TD|QC|KC|OBE|CBE|MBE))*\s*$/u;
/** How far back a pronoun reaches when everyone named since takes the other one. */
const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being"]);
/** Documents that state what their author, named before, wrote. */
const WRITINGS = new Set([
  "complaint",
  "letter",
  "petition",
  "email",
  "e-mail",
  "submission",
  "note",
  "memo",
  "post",
  "tweet",
  "statement",
]);
const FAR_PRONOUN_PARAGRAPHS = 8;
/** A courtesy title right before a name, and the pronoun it tells. */
const HONORIFIC = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?[ \t\u00a0]+\p{Lu}/u;
const HONORIFIC_GENDER = new Map<string, "he" | "she">([
  ["mr", "he"],
  ["mrs", "she"],
  ["ms", "she"],
  ["miss", "she"],
]);
/** Words that may open a clause before its subject: “While one journalist wrote: …”. */
const CLAUSE_OPENERS = new Set(["while", "and", "but", "as", "when", "whereas", "meanwhile", "then"]);
/** Determiners before a name that make it a description of someone unnamed (“one House Republican Leader”). */
const INDEFINITE = new Set(["a", "an", "one", "another", "some"]);
/** Conjunctions that, after a comma, open a clause with a subject of its own. */
const CLAUSE_CONJUNCTIONS = new Set(["as", "while", "whereas", "but"]);
/** Prepositions that put a name in an adverbial phrase rather than the subject. */
const PREPOSITIONS = new Set(["to", "with", "from", "for", "against", "about", "toward", "towards", "at", "alongside", "beside"]);

function isVerbToken(tokens: readonly Token[], i: number, strictAmbiguous: boolean): number {
  const token = tokens[i];
  if (!token) return 0;
  const phrasal = PHRASAL_VERBS[token.norm];
  if (phrasal && tokens[i + 1]?.norm === phrasal && SPEECH_PHRASAL.has(token.norm)) return 2;
  if (SPEECH_VERBS.has(token.norm)) return 1;
  if (!strictAmbiguous && AMBIGUOUS_VERBS.has(token.norm)) return 1;
  return 0;
}

export class Attributor {
  readonly index: SpeakerIndex;
  readonly tokens: Token[];
  private readonly mentions: Mention[];
  private readonly sentenceCache = new Map<number, TextRange[]>();
  /** The quote before, and whether its speaker was only guessed from the context (a guess is not continued). */
  private previousQuote: { speaker: SpeakerGuess | null; paragraph: number; end: number; guessed?: boolean } | null = null;
  private readonly genders = new Map<number, "he" | "she">();

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Paragraph[],
    directory: SpeakerDirectory,
    /** Quotations (whole spans, marks included) and transcript turns: names inside them are not context. */
    private readonly quoted: readonly TextRange[],
    roles: RoleResolver | null = null,
  ) {
    this.index = buildSpeakerIndex(directory);
    this.tokens = tokenize(text);
    discoverPeople(text, this.tokens, this.index, quoted);
    this.mentions = findMentions(text, this.tokens, this.index, quoted);
    this.addFirstNameMentions();
    if (roles && !roles.empty) this.addRoleMentions(roles);
    this.addTitlesNamedInText();
    this.learnPronouns();
  }

  /**
   * “… announced by the Chancellor Gordon Brown …” then “The Chancellor said:”: a title the text
   * itself puts before a known person's name stands for that person when it comes back with “the”,
   * whatever the directory calls the role (“Chancellor of the Exchequer”), unless the text gives the
   * same title to someone else too.
   */
  private addTitlesNamedInText(): void {
    const titled = new Map<string, Set<number>>();
    for (const mention of this.mentions) {
      if (mention.pronoun || mention.role || mention.inQuote || mention.people.length !== 1) continue;
      let k = mention.token;
      while (
        k > 0 &&
        mention.token - k < 3 &&
        this.tokens[k - 1]!.capital &&
        /^[ \t]+$/.test(this.text.slice(this.tokens[k - 1]!.end, this.tokens[k]!.start))
      )
        k--;
      if (k === mention.token || !TITLE_WORDS.has(this.tokens[mention.token - 1]!.norm)) continue;
      const title = this.tokens
        .slice(k, mention.token)
        .map((t) => t.norm)
        .join(" ");
      if (!titled.has(title)) titled.set(title, new Set());
      titled.get(title)!.add(mention.people[0]!);
    }
    if (titled.size === 0) return;
    const added: Mention[] = [];
    for (let i = 1; i < this.tokens.length; i++) {
      if (this.tokens[i - 1]!.norm !== "the") continue;
      for (const [title, people] of titled) {
        const words = title.split(" ");
        const end = i + words.length;
        if (people.size !== 1 || end > this.tokens.length || words.some((w, j) => this.tokens[i + j]!.norm !== w)) continue;
        const next = this.tokens[end];
        // “the Chancellor Gordon Brown” is the naming itself; “the Chancellor's …” a possessive, kept.
        if (next?.capital && /^[ \t]+$/.test(this.text.slice(this.tokens[end - 1]!.end, next.start))) continue;
        const start = this.tokens[i - 1]!.start;
        if (this.mentions.some((m) => m.start < this.tokens[end - 1]!.end && start < m.end)) continue;
        added.push({
          start,
          end: this.tokens[end - 1]!.end,
          people: [...people],
          possessive: this.tokens[end - 1]!.possessive,
          inQuote: this.quoted.some((q) => q.start <= start && start < q.end),
          token: i - 1,
          tokenEnd: end,
          role: true,
        });
      }
    }
    for (const mention of added) this.insertMention(mention);
  }

  /**
   * A first name on its own (“Added Ian: …”, “Matt phoned him”) after the text has named one person
   * of that first name in full (“editor-in-chief Ian Murray”): that person, as local papers write.
   */
  private addFirstNameMentions(): void {
    const added: Mention[] = [];
    const firstNamed = new Map<string, Set<number>>();
    let m = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      for (; m < this.mentions.length && this.mentions[m]!.start <= token.start; m++) {
        const mention = this.mentions[m]!;
        if (mention.pronoun || mention.inQuote || mention.people.length !== 1 || mention.tokenEnd - mention.token < 2) continue;
        const first = this.index.people[mention.people[0]!]!.name.split(/\s+/)[0]!.toLowerCase();
        if (!firstNamed.has(first)) firstNamed.set(first, new Set());
        firstNamed.get(first)!.add(mention.people[0]!);
      }
      const inside = this.mentions[m - 1];
      if (inside && inside.start <= token.start && token.start < inside.end) continue;
      const people = firstNamed.get(token.norm);
      if (!token.capital || !people || people.size !== 1 || this.quoted.some((q) => q.start <= token.start && token.start < q.end))
        continue;
      if (NOT_NAME_WORDS.has(token.norm) || TITLE_WORDS.has(token.norm) || FUNCTION_WORDS.has(token.norm)) continue;
      // On its own: not part of a longer capitalised name (“Ian Smith” is someone else).
      const joined = (a: Token | undefined, b: Token | undefined) =>
        a && b && a.capital && b.capital && /^[ \t\u00a0]$/.test(this.text.slice(a.end, b.start));
      if (joined(this.tokens[i - 1], token) && !SPEECH_VERBS.has(this.tokens[i - 1]!.norm)) continue;
      if (joined(token, this.tokens[i + 1])) continue;
      added.push({
        start: token.start,
        end: token.end,
        people: [...people],
        possessive: token.possessive,
        inQuote: false,
        token: i,
        tokenEnd: i + 1,
      });
    }
    for (const mention of added) this.insertMention(mention);
  }

  /**
   * “The president”, “NATO's chief”, “the Secretary General” as mentions of the person who held
   * that role on the text's date; when several did, the one of them named last before it, else the
   * one whose organisation the text names. A role noun nobody in the directory held stays a description.
   */
  private addRoleMentions(roles: RoleResolver): void {
    const added: Mention[] = [];
    let m = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      while (m < this.mentions.length && this.mentions[m]!.end <= token.start) m++;
      const current = this.mentions[m];
      if (current && current.start <= token.start && token.start < current.end) continue;
      const match = roles.matchAt(this.text, this.tokens, i);
      if (!match) continue;
      let first = i;
      while (
        first > 0 &&
        i - first < 4 &&
        this.tokens[first - 1]!.norm !== "the" &&
        this.tokens[first - 1]!.norm !== "its" &&
        /^[ \t]*$|^['’]s[ \t]*$/.test(this.text.slice(this.tokens[first - 1]!.end, this.tokens[first]!.start)) &&
        (this.tokens[first - 1]!.capital || this.tokens[first - 1]!.possessive || this.tokens[first - 1]!.norm === "alliance")
      )
        first--;
      const start = this.tokens[first]!.start;
      let person = match.people.length === 1 ? match.people[0] : undefined;
      if (person === undefined) {
        const named = [...this.mentions, ...added]
          .filter((x) => !x.pronoun && x.end <= start && !x.inQuote && x.people.length === 1 && match.people.includes(x.people[0]!))
          .sort((a, b) => b.end - a.end)[0];
        person = named?.people[0];
      }
      // Nobody named who held it: the holder whose organisation the text speaks of, if only one (“the
      // Prime Minister” in a text about the United Kingdom), as a transcript's heading is read.
      if (person === undefined) {
        const inText = roles.namedIn(match.people, this.text);
        if (inText.length === 1) person = inText[0];
      }
      if (person === undefined) continue;
      const inQuote = this.quoted.some((q) => q.start <= start && start < q.end);
      added.push({
        start,
        end: this.tokens[match.tokenEnd - 1]!.end,
        people: [person],
        possessive: this.tokens[match.tokenEnd - 1]!.possessive,
        inQuote,
        token: first,
        tokenEnd: match.tokenEnd,
        role: true,
      });
      i = match.tokenEnd - 1;
    }
    for (const mention of added) this.insertMention(mention);
  }

  /**
   * A he or she right after one person is named, in the same sentence and with no one else named
   * between (“said Tatjana Ivanova, …, where she has worked”), tells that person's pronoun; so do a
   * courtesy title and a possessive in the sentence's opening phrase.
   */
  private learnPronouns(): void {
    // A courtesy title says it outright (“Mrs Delaney”, “Mr Price”), and outweighs any pronoun nearby.
    for (const mention of this.mentions) {
      if (mention.pronoun || mention.people.length !== 1 || this.genders.has(mention.people[0]!)) continue;
      const honorific = HONORIFIC.exec(this.text.slice(Math.max(0, mention.start - 6), mention.end));
      const gender = honorific ? HONORIFIC_GENDER.get(honorific[1]!.toLowerCase()) : undefined;
      if (gender) this.genders.set(mention.people[0]!, gender);
    }
    // “In his reply, Price …”: a possessive in a sentence's opening phrase is its subject's.
    this.mentions.forEach((mention, i) => {
      const subject = this.mentions[i + 1];
      if (!mention.pronoun || !mention.possessive || mention.inQuote || !subject || subject.pronoun || subject.people.length !== 1) return;
      const sentence = this.sentenceAt(mention.start);
      if (!sentence || subject.start >= sentence.end || this.genders.has(subject.people[0]!)) return;
      const opening = `${this.text.slice(sentence.start, mention.start)}\u0000${this.text.slice(mention.end, subject.start)}`;
      if (OPENING_POSSESSIVE.test(opening)) this.genders.set(subject.people[0]!, mention.pronoun);
    });
    let named: Mention | null = null;
    // The person named before `named`, outside quotations: whether someone else opens its sentence.
    let earlier: Mention | null = null;
    let last: Mention | null = null;
    for (const mention of this.mentions) {
      if (mention.inQuote) continue;
      if (!mention.pronoun) {
        earlier = last;
        last = mention;
        named = mention.people.length === 1 ? mention : null;
        continue;
      }
      if (!named) continue;
      const sentence = this.sentenceAt(named.start);
      // “Delaney has clashed with the developer Owen Price since she questioned him”: with someone
      // else named before in the sentence, the pronoun may be theirs; nothing is learnt.
      const alone = !earlier || (sentence !== null && earlier.start < sentence.start);
      if (sentence && alone && mention.start < sentence.end && !this.genders.has(named.people[0]!))
        this.genders.set(named.people[0]!, mention.pronoun);
      named = null;
    }
  }

  /** The speaker guess for the person keys of a mention, resolving shared aliases by recency. */
  private guessFor(people: number[], matched: TextRange, via: AttributionVia, before: number): SpeakerGuess | null {
    let key = people.length === 1 ? people[0] : undefined;
    if (key === undefined) {
      for (let i = this.mentionIndexBefore(before); i >= 0 && key === undefined; i--) {
        const m = this.mentions[i]!;
        if (!m.inQuote && m.people.length === 1 && people.includes(m.people[0]!)) key = m.people[0];
      }
    }
    if (key === undefined) return null;
    const person = this.index.people[key]!;
    return {
      name: person.name,
      ...(person.id !== undefined ? { id: person.id } : {}),
      ...(person.role ? { role: true } : {}),
      matched: this.text.slice(matched.start, matched.end),
      matchStart: matched.start,
      matchEnd: matched.end,
      via,
    };
  }

  private mentionIndexBefore(offset: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.mentions[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }

  private mentionStartingAt(tokenIndex: number): Mention | undefined {
    const i = this.mentionIndexBefore(this.tokens[tokenIndex]?.start ?? Infinity) + 1;
    const mention = this.mentions[i];
    return mention && mention.token === tokenIndex ? mention : undefined;
  }

  private sentencesOf(paragraph: Paragraph): TextRange[] {
    let sentences = this.sentenceCache.get(paragraph.index);
    if (!sentences) {
      const inside = overlapping(this.quoted, paragraph.start, paragraph.end);
      sentences = splitSentences(this.text, paragraph.start, paragraph.end, inside);
      this.sentenceCache.set(paragraph.index, sentences);
    }
    return sentences;
  }

  /** The sentence containing `offset`. */
  sentenceAt(offset: number): TextRange | null {
    const paragraph = paragraphAt(this.paragraphs, offset);
    if (!paragraph) return null;
    const sentences = this.sentencesOf(paragraph);
    return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.filter((s) => s.start <= offset).pop() ?? null;
  }

  /** Whether the words before a mention in its sentence are only an introduction (“In Warsaw, …”). */
  private atClauseStart(mention: Mention, sentenceStart: number): boolean {
    let before = this.text.slice(sentenceStart, mention.start);
    // Titles the directory does not list, right before the name (“Polish PM Donald Tusk”), do not count.
    let words = this.tokens.slice(tokenIndexAt(this.tokens, sentenceStart), mention.token);
    let next = mention.start;
    while (
      words.length > 0 &&
      TITLE_WORDS.has(words[words.length - 1]!.norm) &&
      /^\.?\s+$/.test(this.text.slice(words[words.length - 1]!.end, next))
    ) {
      next = words[words.length - 1]!.start;
      before = this.text.slice(sentenceStart, next);
      words = words.slice(0, -1);
    }
    before = before.trim();
    // An appositive naming someone after a title (“… the Minister of Foreign Affairs, Hakan Fidan,
    // which …”) describes a noun of the clause; it does not start one.
    if (/,$/.test(before) && /^,\s*(?:who|which|whose)\b/i.test(this.text.slice(mention.end, mention.end + 10))) return false;
    // A role noun's article is not a word before it: “The spokesman also denied …” is the subject.
    if (mention.role) before = before.replace(/(?:^|\s)(?:the|its|their)$/i, "").trim();
    // “Putin and Trump”: a name joined to the name before it is part of that phrase, not a new clause.
    const joined = /\s(?:and|or)$/i.exec(before);
    if (joined) {
      const end = sentenceStart + joined.index;
      if (this.mentions.some((other) => other !== mention && other.end === end)) return false;
    }
    // After a quote (“…,” he says) the attribution starts a clause of its own.
    return before === "" || /[,;:—–(]$/.test(before) || /[,?!—–-]["”’»]$/.test(before) || /\b(?:and|but|then|so)$/i.test(before);
  }

  /**
   * The person a pronoun at `offset` stands for: the last person named outside quotations, the
   * subject of that sentence first. People learn a pronoun when one resolves to them (“Kowalczyk …
   * she said”), and a later “he” skips them.
   */
  private resolvePronoun(offset: number, matched: TextRange, via: AttributionVia, pronoun?: "he" | "she"): SpeakerGuess | null {
    const here = paragraphAt(this.paragraphs, offset);
    const fits = (mention: Mention) =>
      !pronoun || mention.people.length !== 1 || (this.genders.get(mention.people[0]!) ?? pronoun) === pronoun;
    const own = this.sentenceAt(offset);
    let passedOthers = false;
    for (let i = this.mentionIndexBefore(offset); i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.pronoun || mention.inQuote || mention.end > offset) continue;
      if (!fits(mention)) {
        passedOthers = true;
        continue;
      }
      // “In a letter to the chairman John Whittingdale, she wrote”: someone named after a preposition
      // in the pronoun's own clause, before it, is who the subject addresses, not the subject.
      if (pronoun && own && mention.start >= own.start && !mention.role && this.afterPreposition(mention)) continue;
      const paragraph = paragraphAt(this.paragraphs, mention.start);
      // Three paragraphs back at most; further (past a subheading, say) only when everyone named since
      // is known to take the other pronoun and this person is known to take this one: no one else fits.
      const known = pronoun !== undefined && mention.people.length === 1 && this.genders.get(mention.people[0]!) === pronoun;
      if (here && paragraph && here.index - paragraph.index > (passedOthers && known ? FAR_PRONOUN_PARAGRAPHS : 3)) return null;
      const sentence = this.sentenceAt(mention.start);
      let chosen = mention;
      if (sentence && !this.atClauseStart(mention, sentence.start)) {
        for (let k = i - 1; k >= 0; k--) {
          const other = this.mentions[k]!;
          if (other.start < sentence.start) break;
          if (
            other.pronoun &&
            !other.possessive &&
            !other.inQuote &&
            other.pronoun === pronoun &&
            this.atClauseStart(other, sentence.start)
          ) {
            // “He added that he understands the Turkish minister …”: the sentence's subject is the
            // same pronoun, so it goes to whom that subject stands for.
            return this.resolvePronoun(other.start, matched, via, pronoun);
          }
          if (!other.pronoun && !other.inQuote && fits(other) && this.atClauseStart(other, sentence.start)) {
            chosen = other;
            break;
          }
        }
      }
      const guess = this.guessFor(chosen.people, matched, via, offset);
      if (guess && pronoun && chosen.people.length === 1 && !this.genders.has(chosen.people[0]!))
        this.genders.set(chosen.people[0]!, pronoun);
      return guess;
    }
    return null;
  }

  /** Whether a preposition governs the name (“to the Committee chairman John Whittingdale”, “with Sen. Jon Ossoff”). */
  private afterPreposition(mention: Mention): boolean {
    // Back over the noun phrase (“the committee chairman”, “Sen.”) to the word that governs it.
    for (let k = mention.token - 1; k >= 0 && mention.token - k <= 5; k--) {
      const token = this.tokens[k]!;
      if (!/^[\s.]*$/.test(this.text.slice(token.end, this.tokens[k + 1]!.start))) return false;
      if (PREPOSITIONS.has(token.norm)) return true;
      if (FUNCTION_WORDS.has(token.norm) && !["the", "a", "an", "of"].includes(token.norm)) return false;
    }
    return false;
  }

  private resolveRef(ref: SpeakerRef, via: AttributionVia): SpeakerGuess | null {
    const matched = { start: ref.start, end: ref.end };
    if (ref.kind === "mention") return this.guessFor(ref.mention!.people, matched, via, ref.start);
    if (ref.kind === "pronoun") return this.resolvePronoun(ref.start, matched, via, ref.mention?.pronoun);
    // A description or an unknown single name: remembered, so that a later “he” can refer to it.
    // “the ministry” after “The Ministry of Lands …” is that body, under its full name.
    const body = ref.kind === "role" ? this.bodyNamedBefore(ref.name!, ref.start) : null;
    const name = body ?? ref.name!;
    const existing = this.index.people.find((p) => p.name === name && (p.role || p.discovered));
    const person = existing ?? addPerson(this.index, { name, discovered: true, role: ref.kind === "role" && !body }, []);
    this.insertMention({
      start: ref.start,
      end: ref.end,
      people: [person.key],
      possessive: false,
      inQuote: false,
      token: tokenIndexAt(this.tokens, ref.start),
      tokenEnd: tokenIndexAt(this.tokens, ref.end),
    });
    return this.guessFor([person.key], matched, via, ref.start);
  }

  private insertMention(mention: Mention): void {
    const at = this.mentionIndexBefore(mention.start) + 1;
    if (this.mentions[at]?.start === mention.start) return;
    this.mentions.splice(at, 0, mention);
  }

  /**
   * The speaker named by the words from token `i` on: a mention (“the NATO chief”, “Rutte”), a
   * pronoun, an unknown capitalised name, or a description (“a Kremlin spokesman”). `until` bounds
   * a subject that must end right before its verb.
   */
  private refAt(i: number, until?: number): SpeakerRef | null {
    const token = this.tokens[i];
    if (!token) return null;
    const mention = this.mentionStartingAt(i) ?? (token.norm === "the" ? this.mentionStartingAt(i + 1) : undefined);
    if (mention) {
      if (mention.pronoun) return mention.possessive ? null : { kind: "pronoun", start: mention.start, end: mention.end, mention };
      return { kind: "mention", start: mention.start, end: mention.end, mention };
    }
    const limit = until ?? Math.min(this.tokens.length, i + 6);
    if (limit <= i) return null;
    const span = this.tokens.slice(i, limit);
    // A mention a little further on, after a description: “the Polish prime minister, Donald Tusk,”
    // (but not after other words: “referring to Kallas, was noted” names no speaker).
    const describes = DESCRIPTOR_STARTS.has(token.norm) || TITLE_WORDS.has(token.norm) || token.possessive;
    for (let k = i + 1; k < limit; k++) {
      const later = this.mentionStartingAt(k);
      // “Information Minister Michael Makuei”: capitalised words ending in a title are a title too.
      const titled = TITLE_WORDS.has(this.tokens[k - 1]!.norm) && this.tokens.slice(i, k).every((t) => t.capital);
      if (later && !later.pronoun && until !== undefined && (describes || titled))
        return { kind: "mention", start: later.start, end: later.end, mention: later };
    }
    if (until === undefined) return null;
    // A speaker is a person or an organisation: not a function word (“and”, “before”, “when”),
    // not a verb form (“seemed”).
    const head = span[span.length - 1]!;
    if (
      FUNCTION_WORDS.has(token.norm) ||
      FUNCTION_WORDS.has(head.norm) ||
      (!head.capital && /(?:ed|ing)$/.test(head.norm) && !DESCRIPTOR_STARTS.has(head.norm))
    )
      return null;
    const textOf = (from: Token, to: Token) => this.text.slice(from.start, to.end);
    // “Another added”, “One Twitter user”: capitalised at a sentence's start, still a description.
    if (DESCRIPTOR_STARTS.has(token.norm) && token.norm !== "the")
      return { kind: "role", start: span[0]!.start, end: span[span.length - 1]!.end, name: textOf(span[0]!, span[span.length - 1]!) };
    if (span.every((t) => t.capital) && span.length <= 3 && !span.some((t) => NOT_NAME_WORDS.has(t.norm) || TITLE_WORDS.has(t.norm))) {
      return { kind: "name", start: span[0]!.start, end: span[span.length - 1]!.end, name: textOf(span[0]!, span[span.length - 1]!) };
    }
    if (DESCRIPTOR_STARTS.has(token.norm) || span.every((t) => !t.capital)) {
      return { kind: "role", start: span[0]!.start, end: span[span.length - 1]!.end, name: textOf(span[0]!, span[span.length - 1]!) };
    }
    return null;
  }

  private skipFillers(i: number, limit: number): number {
    while (i < limit && VERB_FILLERS.has(this.tokens[i]!.norm)) i++;
    return i;
  }

  /** Attribution right after a quote: “…,” Rutte said / said Rutte / he added / according to … / — Rutte. */
  parseTail(from: number, limit: number): { ref: SpeakerRef; verb: string; end: number } | null {
    let stop = limit;
    const window = this.text.slice(from, limit);
    // The full stops of “U.S.” and “Sen.” do not end the attribution (“U.S. spokeswoman X said”).
    const cut = TAIL_STOP.exec(window.replace(ABBREVIATION_STOPS, (m) => m.replace(/\./g, "·")));
    if (cut) stop = from + cut.index;
    const lead = /^[\s,*_]*/.exec(window)![0].length;
    const start = from + lead;
    if (start >= stop) return null;
    const first = tokenIndexAt(this.tokens, start);
    const last = tokenIndexAt(this.tokens, stop);
    if (first >= last) return null;
    if (/^(?:[—–]|-\s)/.test(this.text.slice(start, stop))) {
      // “…” — Mark Rutte
      const ref = this.refAt(first);
      return ref && ref.kind === "mention" ? { ref, verb: "—", end: ref.end } : null;
    }
    if (!/^[\s*_]*$/.test(this.text.slice(start, this.tokens[first]!.start))) return null;
    if (this.tokens[first]!.norm === "according" && this.tokens[first + 1]?.norm === "to") {
      const ref = this.refAt(first + 2);
      return ref && (ref.kind === "mention" || ref.kind === "pronoun") ? { ref, verb: "according to", end: ref.end } : null;
    }
    for (let v = first; v < Math.min(last, first + 12); v++) {
      const verbLength = isVerbToken(this.tokens, v, v === first);
      if (!verbLength) continue;
      const verb = this.tokens[v]!.norm;
      if (v === first || this.skipFillers(first, v) === v) {
        // “said Rutte”, “added the Secretary General”
        const subject = this.skipFillers(v + verbLength, last);
        const ref = this.refAt(subject);
        if (!ref || ref.kind === "role" || ref.kind === "name") {
          // “said assistant to the Turkish President X, Ibrahim Kalin.”: the name in apposition that
          // closes the attribution is who the description describes.
          const named = this.appositiveBefore(stop);
          if (named && named.token >= subject)
            return { ref: { kind: "mention", start: named.start, end: named.end, mention: named }, verb, end: named.end };
          const described = subject < last ? this.refAt(subject, Math.min(last, this.phraseEnd(subject, last))) : null;
          if (described) return { ref: described, verb, end: described.end };
          return null;
        }
        return { ref, verb, end: ref.end };
      }
      // “Rutte said”, “the NATO chief told reporters”, “Anna Kowalski, an analyst, said”
      let subjectEnd = v;
      while (subjectEnd > first && VERB_FILLERS.has(this.tokens[subjectEnd - 1]!.norm)) subjectEnd--;
      if (subjectEnd - first > 10) return null;
      const region = this.text.slice(start, this.tokens[subjectEnd - 1]!.end);
      if ((region.match(/,/g)?.length ?? 0) > 2 || /[:()]/.test(region)) return null;
      if (AMBIGUOUS_VERBS.has(verb) && !SPEECH_VERBS.has(verb) && subjectEnd !== v) return null;
      const ref = this.refAt(first, subjectEnd);
      return ref ? { ref, verb, end: this.tokens[v]!.end } : null;
    }
    return null;
  }

  /**
   * A quote that ends its paragraph, attributed on the next line by a dash: “…” / “– Boris Johnson on
   * delivering vaccines.” (a column of quotations).
   */
  private dashLineAfter(close: number): { ref: SpeakerRef; verb: string; end: number } | null {
    const paragraph = paragraphAt(this.paragraphs, close);
    if (!paragraph || !/^[\s,.;:!?…]*$/.test(this.text.slice(close + 1, paragraph.end))) return null;
    const next = this.paragraphs[paragraph.index + 1];
    if (!next) return null;
    const dash = /^[–—-]\s*/.exec(this.text.slice(next.start, next.end));
    if (!dash) return null;
    const from = next.start + dash[0].length;
    for (let i = this.mentionIndexBefore(from) + 1; i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.start >= Math.min(next.end, from + 100)) break;
      if (mention.pronoun || mention.inQuote) continue;
      return { ref: { kind: "mention", start: mention.start, end: mention.end, mention }, verb: "—", end: mention.end };
    }
    return null;
  }

  /**
   * The attribution that closes the sentence a quote stands in, after its last comma: “… with “his
   * version of events” in relation to the scandal, Hands told Sky News on Monday.” Only when no
   * other quotation follows in the sentence and the clause is the sentence's end.
   */
  private closingClause(from: number, limit: number): { ref: SpeakerRef; verb: string; end: number } | null {
    const sentence = this.sentenceAt(from - 1);
    if (!sentence) return null;
    const end = Math.min(sentence.end, limit);
    const rest = this.text.slice(from, end);
    if (/["“”«»]/.test(rest) || rest.length > 240) return null;
    const comma = rest.lastIndexOf(",");
    if (comma === -1) return null;
    const clause = from + comma + 1;
    const tail = this.parseTail(clause, end);
    if (!tail || tail.ref.kind === "pronoun") return null;
    // The clause runs to the sentence's end (“…, Hands told Sky News on Monday.”): nothing after it is reported.
    if (countWords(this.text.slice(tail.end, end)) > 6) return null;
    return tail;
  }

  /** The end of a noun phrase after a verb (“said a senior diplomat in Brussels”): at “in”, “on”, “,”. */
  private phraseEnd(from: number, limit: number): number {
    let i = from;
    while (i < limit && i - from < 6) {
      const token = this.tokens[i]!;
      if (["in", "on", "at", "during", "after", "before", "who", "which", "that", "when", "to", "from", "with"].includes(token.norm)) break;
      if (i > from && /,/.test(this.text.slice(this.tokens[i - 1]!.end, token.start))) break;
      i++;
    }
    return i;
  }

  /** The words before a quote in its sentence, as far back as the previous quote. */
  private leadIn(open: number): TextRange | null {
    const sentence = this.sentenceAt(open);
    if (!sentence) return null;
    // A quote opening its paragraph under a line that ends with a colon (“Morgan wrote in the Daily
    // Mail about …:”): that line's last sentence introduces it.
    const paragraph = paragraphAt(this.paragraphs, open);
    if (paragraph && paragraph.index > 0 && this.text.slice(paragraph.start, open).trim() === "") {
      const above = this.paragraphs[paragraph.index - 1]!;
      if (/:\s*$/.test(this.text.slice(above.start, above.end))) {
        const last = this.sentencesOf(above).at(-1);
        if (last && !overlapping(this.quoted, last.start, above.end).length) return { start: last.start, end: above.end };
      }
    }
    let start = sentence.start;
    for (const q of overlapping(this.quoted, sentence.start, open)) {
      if (q.end <= open && q.end > start) start = q.end;
    }
    return open > start ? { start, end: open } : null;
  }

  /** Whether the speech verb right before a quote has “which” for its subject (“a headline which said:”). */
  private saidByThing(open: number): boolean {
    const range = this.leadIn(open);
    if (!range) return false;
    const first = tokenIndexAt(this.tokens, range.start);
    const last = tokenIndexAt(this.tokens, range.end);
    for (let v = last - 1; v >= Math.max(first + 1, last - 3); v--) {
      if (!isVerbToken(this.tokens, v, false)) continue;
      let k = v;
      while (k > first && VERB_FILLERS.has(this.tokens[k - 1]!.norm)) k--;
      return k > first && this.tokens[k - 1]!.norm === "which";
    }
    return false;
  }

  /** Attribution in the words before a quote: verb and subject, “according to”, or a possessive. */
  parseLeadIn(open: number): { ref: SpeakerRef; strength: AttributionStrength; via: AttributionVia } | null {
    const range = this.leadIn(open);
    if (!range) return null;
    const first = tokenIndexAt(this.tokens, range.start);
    const last = tokenIndexAt(this.tokens, range.end);
    if (first >= last) return null;
    for (let a = last - 3; a >= first; a--) {
      if (this.tokens[a]!.norm === "according" && this.tokens[a + 1]?.norm === "to") {
        const ref = this.refAt(a + 2);
        if (ref && (ref.kind === "mention" || ref.kind === "pronoun")) return { ref, strength: 3, via: "before" };
      }
    }
    for (let v = last - 1; v >= first; v--) {
      const token = this.tokens[v]!;
      const speech = isVerbToken(this.tokens, v, true) > 0;
      const weak = NAMING_VERBS.has(token.norm) || REPORTING.has(token.norm);
      if (!speech && !weak && !(AMBIGUOUS_VERBS.has(token.norm) && this.subjectBefore(v, first))) continue;
      // “X was criticised … for “…””: the subject of a passive verb is its target, not the speaker
      // (“X was quoted as saying” excepted).
      if (
        v > first &&
        PASSIVE_AUXILIARIES.has(this.tokens[v - 1]!.norm) &&
        /ed$/.test(token.norm) &&
        !["as", "saying"].includes(this.tokens[v + 1]?.norm ?? "")
      )
        continue;
      const near = last - v <= 5;
      // “The minister says …, as editor defends the article as “…””: a verb in a clause of its own,
      // opened by “as”/“while”/“but” after a comma, whose subject is nobody known: not anyone named earlier.
      const clause = this.clauseOpenedBefore(v, first);
      // “he told the host Peter Okwoche, explaining that …”: a participle after a comma shares the
      // clause's subject; the name before the comma is whom it addresses.
      const participle = token.norm.endsWith("ing") && v > first && /,\s*$/.test(this.text.slice(this.tokens[v - 1]!.start, token.start));
      const ref =
        (participle ? this.clauseSubject(first, v) : null) ??
        this.subjectBefore(v, first) ??
        this.describedSubjectBefore(v, first) ??
        (token.norm.endsWith("ing") ? this.clauseSubject(first, v) : null) ??
        this.nearestBefore(v, clause ?? first);
      if (!ref) {
        if (clause === null || token.norm.endsWith("ing")) continue;
        // That clause's own subject, as a description or a name the directory lacks, or nobody.
        const own = clause < v ? this.refAt(clause, v) : null;
        return own && (own.kind === "role" || own.kind === "name") ? { ref: own, strength: 2, via: "before" } : null;
      }
      return { ref, strength: near && speech ? 3 : 2, via: "before" };
    }
    // No verb: “his emphasis on “…”, “Rutte’s careful phrasing, “…”
    for (let k = last - 1; k >= Math.max(first, last - 7); k--) {
      const mention = this.mentionStartingAt(k);
      if (mention && mention.possessive && !mention.inQuote) {
        const noun = this.tokens[mention.tokenEnd];
        const nounAfter = [noun, this.tokens[mention.tokenEnd + 1]].some((t) => t && SPEECH_NOUNS.has(t.norm));
        if (nounAfter || last - mention.tokenEnd <= 3) {
          return {
            ref: { kind: mention.pronoun ? "pronoun" : "mention", start: mention.start, end: mention.end, mention },
            strength: 2,
            via: "possessive",
          };
        }
      }
    }
    // No verb, a colon: “Susie Boniface (aka Fleet Street Fox) in The Times: “…””, a digest's
    // “Name, description, in the Outlet:”. The name opening the clause is the speaker.
    if (/:\s*$/.test(this.text.slice(range.start, range.end))) {
      // “The spokesman read the Prime Minister's tribute to …:”: whose words the colon introduces,
      // however long the phrase after them (the reader of the words is not their speaker).
      for (let i = this.mentionIndexBefore(range.end); i >= 0 && this.mentions[i]!.start >= range.start; i--) {
        const owner = this.mentions[i]!;
        if (!owner.possessive || owner.inQuote || !SPEECH_NOUNS.has(this.tokens[owner.tokenEnd]?.norm ?? "")) continue;
        return {
          ref: { kind: owner.pronoun ? "pronoun" : "mention", start: owner.start, end: owner.end, mention: owner },
          strength: 2,
          via: "possessive",
        };
      }
      // The first person named near the clause's start (“Financial Times editor Lionel Barber in the Guardian:”).
      for (let i = this.mentionIndexBefore(range.start) + 1; i < this.mentions.length; i++) {
        const opener = this.mentions[i]!;
        if (opener.start >= range.end || opener.token >= first + 8) break;
        if (opener.pronoun || opener.inQuote || opener.possessive) continue;
        return { ref: { kind: "mention", start: opener.start, end: opener.end, mention: opener }, strength: 2, via: "before" };
      }
      let k = first;
      while (
        k < last &&
        k - first < 3 &&
        this.tokens[k]!.capital &&
        (k === first || /^ $/.test(this.text.slice(this.tokens[k - 1]!.end, this.tokens[k]!.start)))
      )
        k++;
      const ref = k - first >= 2 ? this.refAt(first, k) : null;
      if (ref && ref.kind === "name") return { ref, strength: 2, via: "before" };
    }
    return null;
  }

  /** The subject right before verb token `v` (fillers and an appositive between commas skipped). */
  private subjectBefore(v: number, first: number): SpeakerRef | null {
    let k = v;
    while (k > first && VERB_FILLERS.has(this.tokens[k - 1]!.norm)) k--;
    if (k <= first) return null;
    let end = this.tokens[k - 1]!.end;
    const direct = this.mentions[this.mentionIndexBefore(end)];
    if (/,\s*$/.test(this.text.slice(end, this.tokens[k]!.start)) && !(direct && direct.end === end && !direct.pronoun)) {
      // “Rutte, in talks with Ukrainian officials, emphasized”
      const opening = this.text.lastIndexOf(",", end - 1);
      if (opening === -1 || end - opening > 90 || opening < this.tokens[first]!.start) return null;
      end = opening;
      while (end > 0 && /\s/.test(this.text[end - 1]!)) end--;
    }
    const i = this.mentionIndexBefore(end);
    const mention = this.mentions[i];
    if (!mention || mention.end !== end || mention.inQuote || mention.token < first) return null;
    if (mention.pronoun) return mention.possessive ? null : { kind: "pronoun", start: mention.start, end: mention.end, mention };
    if (mention.possessive) return null;
    // “one House Republican Leader told …”: after an indefinite article, a name describes someone unnamed.
    for (let k = mention.token - 1; k >= Math.max(first, mention.token - 3); k--) {
      const token = this.tokens[k]!;
      if (!/^[ \t\u00a0]+$/.test(this.text.slice(token.end, this.tokens[k + 1]!.start))) break;
      if (INDEFINITE.has(token.norm))
        return { kind: "role", start: token.start, end: mention.end, name: this.text.slice(token.start, mention.end) };
      if (!token.capital) break;
    }
    return { kind: "mention", start: mention.start, end: mention.end, mention };
  }

  /** A name in apposition closing the words before `stop` (“…, Ibrahim Kalin.”), if one does. */
  private appositiveBefore(stop: number): Mention | null {
    const mention = this.mentions[this.mentionIndexBefore(stop)];
    if (!mention || mention.pronoun || mention.inQuote || mention.possessive) return null;
    if (!/^\s*$/.test(this.text.slice(mention.end, stop))) return null;
    const before = this.tokens[mention.token - 1];
    return before && /,[ \t\u00a0]+$/.test(this.text.slice(before.end, mention.start)) ? mention : null;
  }

  /**
   * A subject that describes someone unnamed, right before the verb at a clause's start (“One
   * Twitter user added:”, “Another added:”, “while a senior diplomat said”): nobody to name.
   */
  private describedSubjectBefore(v: number, first: number): SpeakerRef | null {
    let k = v;
    while (k > first && VERB_FILLERS.has(this.tokens[k - 1]!.norm)) k--;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) {
      if (!/^[ \t]+$/.test(this.text.slice(this.tokens[j]!.end, this.tokens[j + 1]!.start))) return null;
      if (!DESCRIPTOR_STARTS.has(this.tokens[j]!.norm) || this.tokens[j]!.norm === "the") continue;
      const before = j === first ? "" : this.text.slice(this.tokens[j - 1]!.end, this.tokens[j]!.start);
      const opens = j === first || /[,;:]\s*$/.test(before) || (/^\s+$/.test(before) && CLAUSE_OPENERS.has(this.tokens[j - 1]!.norm));
      if (!opens || this.mentions.some((m) => m.token >= j && m.token < k)) return null;
      const ref = this.refAt(j, k);
      return ref?.kind === "role" ? ref : null;
    }
    return null;
  }

  /** For a participle (“…, stating”), the subject of the clause it hangs on. */
  private clauseSubject(first: number, v: number): SpeakerRef | null {
    const sentenceStart = this.tokens[first]!.start;
    let fallback: Mention | null = null;
    for (let i = this.mentionIndexBefore(this.tokens[first]!.start) + 1; i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.token >= v) break;
      if (mention.inQuote || mention.possessive) continue;
      if (this.atClauseStart(mention, this.sentenceAt(sentenceStart)?.start ?? sentenceStart)) {
        return { kind: mention.pronoun ? "pronoun" : "mention", start: mention.start, end: mention.end, mention };
      }
      fallback ??= mention;
    }
    return fallback
      ? { kind: fallback.pronoun ? "pronoun" : "mention", start: fallback.start, end: fallback.end, mention: fallback }
      : null;
  }

  /** The first token of the clause a verb stands in when a comma and “as”, “while”, “whereas” or “but” open it. */
  private clauseOpenedBefore(v: number, first: number): number | null {
    for (let k = v - 1; k > first; k--) {
      const token = this.tokens[k]!;
      if (/[;:.!?]/.test(this.text.slice(token.end, this.tokens[k + 1]!.start))) return null;
      if (CLAUSE_CONJUNCTIONS.has(token.norm) && /,\s*$/.test(this.text.slice(this.tokens[k - 1]!.end, token.start))) return k + 1;
    }
    return null;
  }

  private nearestBefore(v: number, first: number): SpeakerRef | null {
    for (let i = this.mentionIndexBefore(this.tokens[v]!.start); i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.token < first) return null;
      if (mention.inQuote || (mention.possessive && mention.pronoun)) continue;
      return { kind: mention.pronoun ? "pronoun" : "mention", start: mention.start, end: mention.end, mention };
    }
    return null;
  }

  /** Whether the text between two quotes is only their attribution (“…,” Rutte said, “…”). */
  isAttributionGap(from: number, to: number): boolean {
    const gap = this.text.slice(from, to);
    if (gap.length > 120 || /[\n;]/.test(gap) || /[.!?]\s*\S/.test(gap.replace(/\b(?:\p{Lu}\.)+/gu, ""))) return false;
    const tail = this.parseTail(from, to);
    if (!tail) return false;
    const rest = this.text.slice(tail.end, to);
    return /^[\s,:.]*$/.test(rest) || (countWords(rest) <= 6 && /[,:]\s*$/.test(rest));
  }

  /**
   * The speaker of a quotation spanning [open, close]. `nextOpen` bounds the attribution after it
   * (the next quote in the same paragraph).
   */
  attributeQuote(open: number, close: number, nextOpen: number | null): Attribution {
    const paragraph = paragraphAt(this.paragraphs, close)!;
    const limit = Math.min(paragraph.end, nextOpen ?? Infinity, close + 1 + 160);
    const direct = this.parseTail(close + 1, limit) ?? this.dashLineAfter(close);
    const lead = this.parseLeadIn(open);
    // “Rutte said the plan was “a good start”, Reuters reported.”: a speech verb next to the quote wins.
    const tail = direct ?? (lead?.strength === 3 ? null : this.closingClause(close + 1, limit));
    const previous =
      this.previousQuote && paragraph.index - this.previousQuote.paragraph <= 1 && !this.previousQuote.guessed ? this.previousQuote : null;

    let result: Attribution = { speaker: null, strength: 0 };
    if (
      tail &&
      tail.ref.kind === "pronoun" &&
      CONTINUATION_VERBS.has(tail.verb) &&
      previous?.speaker &&
      this.noOneNamedBetween(previous.end, open)
    ) {
      result = {
        speaker: {
          ...previous.speaker,
          matched: this.text.slice(tail.ref.start, tail.ref.end),
          matchStart: tail.ref.start,
          matchEnd: tail.ref.end,
          via: "continuation",
        },
        strength: 3,
        tail: { start: close + 1, end: tail.end },
      };
    } else if (tail && (tail.ref.kind !== "pronoun" || !lead || lead.ref.kind === "pronoun")) {
      // A closing clause further on is explicit but not next to the quote: no tail of its own.
      result = direct
        ? { speaker: this.resolveRef(tail.ref, "after"), strength: 3, tail: { start: close + 1, end: tail.end } }
        : { speaker: this.resolveRef(tail.ref, "after"), strength: 2 };
    } else if (lead) {
      result = { speaker: this.resolveRef(lead.ref, lead.via), strength: lead.strength };
    }
    // “a headline underneath which said: “…””: the words are a thing's, printed or written; nobody's to propose.
    if (!direct && this.saidByThing(open)) result = { speaker: null, strength: 0 };
    const caption = !result.speaker && result.strength === 0 ? this.captionAfter(open, close, paragraph) : null;
    if (caption) result = { speaker: this.resolveRef(caption, "after"), strength: 2 };
    if (!result.speaker && result.strength === 0 && !this.saidByThing(open)) {
      if (previous?.speaker && this.noOneNamedBetween(previous.end, open)) {
        const speaker = { ...previous.speaker, matched: "", matchStart: open, matchEnd: open, via: "continuation" as const };
        result = { speaker, strength: previous.paragraph === paragraph.index ? 2 : 1 };
      } else {
        const guess = this.resolvePronoun(open, { start: open, end: open }, "context");
        if (guess && !this.reportedByAnother(open, close, guess)) result = { speaker: guess, strength: 1 };
      }
    }
    this.previousQuote = {
      speaker: result.speaker,
      paragraph: paragraph.index,
      end: result.tail?.end ?? close + 1,
      guessed: result.strength < 2,
    };
    return result;
  }

  /**
   * Whether the quote's own sentence reports it through someone other than `guess`, in words the
   * clauses above could not read (“…,” ISNA reported; “The spokesman said via the agency that the
   * claims were a “…””): that someone, not the last person named, is the speaker.
   */
  private reportedByAnother(open: number, close: number, guess: SpeakerGuess): boolean {
    const lead = this.sentenceAt(open);
    const tail = this.sentenceAt(close);
    if (!lead || !tail) return false;
    const ranges = [
      { start: lead.start, end: open },
      { start: close + 1, end: Math.max(close + 1, tail.end) },
    ];
    const words = ranges.flatMap((r) => this.tokens.slice(tokenIndexAt(this.tokens, r.start), tokenIndexAt(this.tokens, r.end)));
    // A passive (“… was noted”) names nobody who reports it.
    const reports = (t: Token, k: number) => (REPORTING.has(t.norm) || t.norm === "reported") && !PASSIVE.has(words[k - 1]?.norm ?? "");
    if (!words.some(reports)) return false;
    // “The complaint, submitted on Monday, stated: “…””: a document says what its author wrote.
    if (words.some((t) => WRITINGS.has(t.norm))) return false;
    const own = (m: Mention) =>
      !m.inQuote &&
      ranges.some((r) => m.start >= r.start && m.end <= r.end) &&
      (m.pronoun !== undefined || m.people.some((k) => this.index.people[k]!.name === guess.name));
    return !this.mentions.some(own);
  }

  /**
   * A whole sentence quoted at a paragraph's start and followed by a sentence that opens with a
   * person (“‘I did not leak it.’ Former minister Anna Kowalski denies being the source.”): that
   * person said it, as a column of quotations prints them.
   */
  private captionAfter(open: number, close: number, paragraph: Paragraph): SpeakerRef | null {
    if (this.text.slice(paragraph.start, open).trim() !== "") return null;
    if (!/[.!?…]\s*$/.test(this.text.slice(open + 1, close)) || !/^[ \t\u00a0]+\p{Lu}/u.test(this.text.slice(close + 1, paragraph.end)))
      return null;
    const first = tokenIndexAt(this.tokens, close + 1);
    for (let k = first; k < Math.min(this.tokens.length, first + 6); k++) {
      if (this.tokens[k]!.start >= paragraph.end || /[,.;:!?()]/.test(this.text.slice(this.tokens[first]!.start, this.tokens[k]!.start)))
        break;
      const mention = this.mentionStartingAt(k) ?? (this.tokens[k]!.norm === "the" ? this.mentionStartingAt(k + 1) : undefined);
      if (mention && !mention.pronoun && !mention.inQuote && !mention.possessive)
        return { kind: "mention", start: mention.start, end: mention.end, mention };
    }
    return null;
  }

  /**
   * The full name of a body written earlier in the text that “the ministry”, “the department”, “the
   * council” stands for (“the Ministry of Lands and Natural Resources”); null when none is named.
   */
  private bodyNamedBefore(description: string, before: number): string | null {
    const noun = /^the\s+(ministry|department|council|agency|commission|office|authority|board|committee|embassy)$/i.exec(
      description.trim(),
    );
    if (!noun) return null;
    const pattern = new RegExp(
      String.raw`\b${noun[1]![0]!.toUpperCase()}${noun[1]!.slice(1).toLowerCase()}\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|for|\p{Lu}[\p{L}'’-]*))*`,
      "gu",
    );
    const names = [...this.text.slice(0, before).matchAll(pattern)]
      .filter((m) => overlapping(this.quoted, m.index, m.index + m[0].length).length === 0)
      .map((m) => m[0].replace(/\s+(?:and|of|the|for)$/, ""));
    return names.length ? names[names.length - 1]! : null;
  }

  /** Whether nobody else becomes the subject of a sentence between two offsets (“Rutte nodded.”). */
  private noOneNamedBetween(from: number, to: number): boolean {
    for (let i = this.mentionIndexBefore(to); i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start < from) return true;
      if (mention.pronoun || mention.inQuote || mention.possessive) continue;
      const sentence = this.sentenceAt(mention.start);
      if (!sentence || this.atClauseStart(mention, sentence.start)) return false;
    }
    return true;
  }

  /**
   * The reporting clause of a sentence without quotation marks (“Rutte urged allies to …”, “He
   * emphasized that …”, “According to Rutte, …”): its speaker and where the verb is, or null.
   */
  reportingClause(
    sentence: TextRange,
  ): { speaker: SpeakerGuess | null; ref: SpeakerRef; verbStart: number; explicit: boolean; nominal?: boolean } | null {
    const first = tokenIndexAt(this.tokens, sentence.start);
    const last = tokenIndexAt(this.tokens, sentence.end);
    if (this.tokens[first]?.norm === "according" && this.tokens[first + 1]?.norm === "to") {
      const ref = this.refAt(first + 2);
      if (ref && (ref.kind === "mention" || ref.kind === "pronoun")) {
        return { speaker: this.resolveRef(ref, "subject"), ref, verbStart: this.tokens[first]!.start, explicit: ref.kind === "mention" };
      }
    }
    for (let v = first + 1; v < Math.min(last, first + 30); v++) {
      const token = this.tokens[v]!;
      const phrasal = PHRASAL_VERBS[token.norm] !== undefined && this.tokens[v + 1]?.norm === PHRASAL_VERBS[token.norm];
      if (!REPORTING.has(token.norm) && !phrasal) continue;
      if (token.norm.endsWith("ing")) continue;
      const ref = this.subjectBefore(v, first);
      if (!ref) continue;
      const sentenceStart = this.sentenceAt(sentence.start)?.start ?? sentence.start;
      // “…, Secretary of State James Whitfield announced on Friday.”: the attribution closes the sentence.
      const closing = /,\s*$/.test(this.text.slice(sentence.start, ref.start).replace(/(?:\s+\p{L}+){0,4}\s*$/u, "")) && last - v <= 6;
      if (!this.atClauseStart(ref.mention!, sentenceStart) && !closing) continue;
      const before = this.tokens.slice(first, ref.mention!.token).map((t) => t.norm);
      if (before.some((w) => SUBORDINATORS.has(w))) continue;
      // “Rutte called the attack …” reports speech; “Rutte called Macron” does not: leave to confidence.
      return { speaker: this.resolveRef(ref, "subject"), ref, verbStart: token.start, explicit: ref.kind === "mention" };
    }
    // “Rutte has issued a warning, stating that …”: a participle of saying after a comma reports
    // what the clause's subject said.
    for (let v = first + 1; v < Math.min(last, first + 40); v++) {
      const token = this.tokens[v]!;
      if (!token.norm.endsWith("ing") || !SPEECH_VERBS.has(token.norm)) continue;
      if (!/,\s*$/.test(this.text.slice(this.tokens[v - 1]!.end, token.start))) continue;
      const ref = this.clauseSubject(first, v);
      if (!ref || !ref.mention || !this.atClauseStart(ref.mention, sentence.start)) continue;
      if (this.tokens.slice(first, ref.mention.token).some((t) => SUBORDINATORS.has(t.norm))) continue;
      return { speaker: this.resolveRef(ref, "subject"), ref, verbStart: token.start, explicit: ref.kind === "mention" };
    }
    // No reporting verb: “Rutte’s assertion that …”, “his call for …” report speech too, weakly.
    for (let i = this.mentionIndexBefore(sentence.start) + 1; i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.start >= sentence.end) break;
      if (!mention.possessive || mention.inQuote) continue;
      for (const k of [mention.tokenEnd, mention.tokenEnd + 1]) {
        const noun = this.tokens[k];
        const link = this.tokens[k + 1];
        if (noun && link && SPEECH_NOUNS.has(noun.norm) && ["that", "for", "to", "of", "on", "about"].includes(link.norm)) {
          const ref: SpeakerRef = { kind: mention.pronoun ? "pronoun" : "mention", start: mention.start, end: mention.end, mention };
          return { speaker: this.resolveRef(ref, "possessive"), ref, verbStart: noun.start, explicit: false, nominal: true };
        }
      }
    }
    return null;
  }

  /**
   * A paragraph printed without quote marks and signed with one person's name after its last
   * sentence (a pull quote, a letter: “… watch me dance that night. Ruth Delaney MP”), speaking in
   * the first person singular: the words up to the signature are that person's. Null otherwise.
   */
  signedParagraph(paragraph: Paragraph): { speaker: SpeakerGuess; words: TextRange } | null {
    if (overlapping(this.quoted, paragraph.start, paragraph.end).length > 0) return null;
    const tail = POST_NOMINALS.exec(this.text.slice(paragraph.start, paragraph.end))!;
    const mention = this.mentions[this.mentionIndexBefore(paragraph.start + tail.index)];
    if (!mention || mention.end !== paragraph.start + tail.index || mention.start < paragraph.start) return null;
    if (mention.pronoun || mention.possessive || mention.role || mention.people.length !== 1) return null;
    const before = /[.!?…](\s+(?:[–—-]\s*)?)$/.exec(this.text.slice(paragraph.start, mention.start));
    if (!before) return null;
    const words = { start: paragraph.start, end: mention.start - before[1]!.length };
    const body = this.text.slice(words.start, words.end);
    if (countWords(body) < 8 || !/\b(?:I|I['’](?:m|ve|ll|d)|my|me|myself)\b/.test(body)) return null;
    const speaker = this.guessFor(mention.people, mention, "after", mention.start);
    return speaker ? { speaker, words } : null;
  }

  /**
   * A release's “Attending the conference, Trade Secretary X said:” over paragraphs printed without
   * quotation marks, in the first person: those paragraphs are X's words, up to the first that is not
   * (third person, a heading, a quotation in marks). The lead-in must name its speaker with a speech
   * verb right before the colon.
   */
  introducedStatement(paragraph: Paragraph): { speaker: SpeakerGuess; words: TextRange[] } | null {
    const lead = this.text.slice(paragraph.start, paragraph.end);
    if (!/\b(?:said|says|added|stated|commented|explained|continued)\s*:\s*$/.test(lead)) return null;
    if (overlapping(this.quoted, paragraph.start, paragraph.end).length > 0) return null;
    const words: TextRange[] = [];
    // Up to the last paragraph in the first person, which must come early (the words run on from the colon).
    let lastFirstPerson = -1;
    for (let i = paragraph.index + 1; i < this.paragraphs.length && i - paragraph.index <= 6; i++) {
      const next = this.paragraphs[i]!;
      const body = this.text.slice(next.start, next.end);
      if (overlapping(this.quoted, next.start, next.end).length > 0 || /["“”«»]/.test(body) || /:\s*$/.test(body)) break;
      if (countWords(body) < 6 || !/[.!?…]\s*$/.test(body)) break;
      const firstPerson = /\b(?:I|I['’](?:m|ve|ll|d)|my|me|we|we['’](?:re|ve|ll|d)|our|us)\b/.test(body);
      if (firstPerson) lastFirstPerson = words.length;
      else if (words.length - lastFirstPerson >= 2) break;
      words.push({ start: next.start, end: next.end });
    }
    if (lastFirstPerson < 0 || lastFirstPerson > 1) return null;
    words.length = lastFirstPerson + 1;
    const ref = this.parseLeadIn(words[0]!.start);
    if (!ref || ref.strength < 3 || (ref.ref.kind !== "mention" && ref.ref.kind !== "pronoun")) return null;
    const speaker = this.resolveRef(ref.ref, "before");
    return speaker ? { speaker, words } : null;
  }

  /** Records a candidate that is not a quote in marks (a transcript turn) as “the previous quote”. */
  notePreviousQuote(speaker: SpeakerGuess | null, at: number): void {
    const paragraph = paragraphAt(this.paragraphs, at);
    this.previousQuote = { speaker, paragraph: paragraph?.index ?? 0, end: at };
  }
}
