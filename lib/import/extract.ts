// The extraction engine: from a snapshot's text to candidate statements for an analyst to review.
// Pure and deterministic: no network, no clock, no randomness; the same text and directory give
// the same candidates, in document order. Nothing is stored here: the caller saves what the
// analyst accepts. A quote interrupted by its attribution becomes one candidate whose text is its
// segments joined by a single space, not " … ": the attribution is not the speaker's words, so
// nothing the speaker said is left out (a quote over several paragraphs joins with a blank line).
// Its anchor spans the whole passage; anchor.ts leaves the attribution out again when verifying.
import { buildAnchor } from "./anchor";
import { Attributor, type AttributionStrength } from "./attribution";
import { findNumericClaimsIn } from "./claims";
import { looksLikeHtml } from "./html";
import { findParaphrases } from "./paraphrase";
import { joinSegments, scanQuotes, type QuoteSpan } from "./quotes";
import { RoleResolver } from "./roles";
import { countWords, paragraphAt, splitParagraphs, splitSentences, type Paragraph } from "./segment";
import { buildSpeakerIndex } from "./speakers";
import { MAX_IMPORT_BYTES, formatBytes } from "./text";
import { buildTopicMatcher, suggestTopics, type TopicMatcher } from "./topics";
import { findTranscriptTurns } from "./transcript";
import type { Candidate, CandidateFlag, ExtractOptions, ExtractResult, SpeakerGuess, TextRange } from "./types";

const ASKED_BY_PRESS = /^\s*[(\[]?(?:reporters?|journalists?|questions?|questioner|q)\b[^"“”\n]{0,40}[:)\]][ \t]*:?[ \t]*$/i;

/** Candidates at or above this confidence are proposed (pre-selected) for review. */
export const PROPOSED_CONFIDENCE = 0.5;
export const MAX_EXTRACT_CHARS = MAX_IMPORT_BYTES;
/** More than this many candidates cannot be reviewed one by one: the rest are left out, with a warning. */
export const MAX_CANDIDATES = 5000;

/*
 * Confidence of a quotation (0..1):
 *   0.50  a balanced pair of quote marks around four or more words;
 *  +0.35  its speaker is named or referred to right next to it (“…,” Rutte said / Rutte said: “…”);
 *  +0.25  found less directly (a verb further back in the sentence, “his emphasis on …”, or the
 *         same speaker's quote just before);  +0.10  only the last person named;
 *  +0.05  eight words or more;  −0.10  four or five words, no end punctuation, weak attribution.
 *  Caps: two or three words that are not a sentence of their own (a fragment or scare quote)
 *  0.55 when attributed right next to it, else 0.3 (a short sentence: −0.10); a title
 *  (“Building a Better Alliance”) 0.2; a headline −0.25; a headline repeating a quote of the body
 *  0.3. One-word quotes (“devastating”) are not proposed at all.
 * Transcript sentences (one candidate each): 0.9 when the label or heading names a person in the
 * directory, 0.8 another name, 0.55 a role; 0.3 for questions, interviewers and journalists
 * (context); at most 0.4 for a sentence ending in “?”, 0.35 under three words. Paraphrases: see
 * paraphrase.ts (at most 0.7).
 */
const STRENGTH_BONUS: Record<AttributionStrength, number> = { 3: 0.35, 2: 0.25, 1: 0.1, 0: 0 };

const round = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;

function isHeadline(text: string, paragraph: Paragraph): boolean {
  const line = text.slice(paragraph.start, paragraph.end).replace(/["'”’“‘»)\]*_]+$/, "");
  return countWords(line) <= 15 && !/[.!?…:;,]$/.test(line);
}

const NAMED_WORDS = /\b(?:the|a|an)\s+(?:question|phrase|slogan|hashtag|headline|motto|catchphrase)\s*$/i;
/** A quote between a determiner and a noun it qualifies: “the ‘…’ approach”. */
const NAMING_DETERMINER = /\b(?:the|a|an|this|that|its|their|our)\s*$/i;
const NAMED_THING =
  /^\s*(?:approach|policy|narrative|strategy|doctrine|rhetoric|argument|mantra|mindset|logic|agenda|model|formula|principle|idea|concept|notion|label|myth|mentality|attitude|stance|line)\b/i;
/** The words of a question the sentence opens with: “Asked if he was seen as “…,” Obama replied …”. */
const ASKED_CLAUSE = /(?:^|[.!?…:]\s+)Asked\s+(?:if|whether|about|what|why|how|when|who)\b[^,.;!?]*$/;
const UNATTRIBUTED_CONFIDENCE = 0.45;

/** “for what he called “…””: the subject of “called” is giving their own words, not naming a title. */
const WHAT_X_CALLED = /\bwhat\s+(?:[\p{L}'’.-]+\s+){1,3}(?:called|calls|termed|terms|dubbed|described\s+as|describes\s+as)\s*$/iu;

function isTitleLike(quoted: string, before: string): boolean {
  if (/[.!?,;:…]$/.test(quoted)) return false;
  const words = quoted.split(/\s+/).filter((w) => !/^(?:a|an|the|of|and|or|for|in|on|to|at|with|by|from)$/i.test(w));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (capitalised / words.length >= 0.75) return true;
  return (
    !WHAT_X_CALLED.test(before) &&
    /\b(?:titled|entitled|dubbed|named|headlined|called|book|report|film|song|operation|slogan)\s*$/i.test(before)
  );
}

function trimTrailingComma(text: string, segment: TextRange): TextRange {
  let end = segment.end;
  if (text[end - 1] === ",") end--;
  while (end > segment.start && /\s/.test(text[end - 1]!)) end--;
  return { start: segment.start, end };
}

/** Groups quotations interrupted by their attribution: “…,” Rutte said, “…”. */
function groupInterrupted(text: string, spans: readonly QuoteSpan[], attributor: Attributor): QuoteSpan[][] {
  const groups: QuoteSpan[][] = [];
  for (const span of spans) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && previous.lastParagraph === span.firstParagraph && group.length < 6) {
      const gap = text.slice(previous.close + 1, span.open);
      // “…,” he said, adding that, “…” and “…,” said X and added: “…” are two statements.
      const secondClause = /\b(?:add(?:s|ed|ing)|continu(?:es|ed|ing)|went on)\b/i.test(gap);
      const continuesSentence =
        (!secondClause && /[,:]\s*$/.test(gap)) || /^\p{Ll}/u.test(text.slice(span.segments[0]!.start, span.segments[0]!.start + 1));
      const previousOpen =
        !/[.!?]$/.test(text.slice(previous.segments[previous.segments.length - 1]!.start, previous.close).trim()) ||
        /^\p{Ll}/u.test(text[span.segments[0]!.start] ?? "");
      if (continuesSentence && !secondClause && previousOpen && attributor.isAttributionGap(previous.close + 1, span.open)) {
        group.push(span);
        continue;
      }
    }
    groups.push([span]);
  }
  return groups;
}

interface Draft {
  kind: Candidate["kind"];
  origin: Candidate["origin"];
  segments: TextRange[];
  speaker: SpeakerGuess | null;
  confidence: number;
  flags: CandidateFlag[];
  /** For short quotes, the sentence around them: what topics are suggested from. */
  context?: TextRange | null;
}

/**
 * Proposes candidate statements (quotes, transcript turns, paraphrases) from a snapshot's text.
 * Offsets refer to `text` exactly as given: pass the normalised snapshot (readImport) that will be
 * stored.
 */
export function extractCandidates(text: string, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  if (!text || !text.trim()) return { candidates: [], warnings: ["The text is empty: there is nothing to extract."] };
  if (text.length > MAX_EXTRACT_CHARS) {
    return {
      candidates: [],
      warnings: [`The text is ${formatBytes(text.length)} long; extraction handles at most ${formatBytes(MAX_EXTRACT_CHARS)}.`],
    };
  }
  if (looksLikeHtml(text)) warnings.push("The text looks like HTML; convert it to readable text (readImport) before extracting.");
  const speakers = options.speakers ?? [];
  const paragraphs = splitParagraphs(text);

  const roles = new RoleResolver(speakers, options.defaultDate ?? null);
  const turns = findTranscriptTurns(text, paragraphs, buildSpeakerIndex(speakers), roles);
  const turnRanges = turns.flatMap((turn) => turn.paragraphs).sort((a, b) => a.start - b.start);
  const scanned = scanQuotes(text, paragraphs, turnRanges);
  warnings.push(...scanned.warnings);
  const quoted = [...scanned.spans.map((s) => ({ start: s.open, end: s.close + 1 })), ...turnRanges].sort((a, b) => a.start - b.start);
  const attributor = new Attributor(text, paragraphs, speakers, quoted, roles);
  const groups = groupInterrupted(text, scanned.spans, attributor);
  const groupIndex = new Map(groups.map((group, i) => [group, i]));

  // Quotes and turns in document order, so that “he added” follows the right previous quote.
  type Item = {
    at: number;
    group?: QuoteSpan[];
    turn?: { range: TextRange; speaker: SpeakerGuess | null; kind: "known" | "name" | "role"; context: boolean };
  };
  // Each sentence of a turn is a statement of its own (a question among them is context).
  const items: Item[] = [
    ...groups.map((group) => ({ at: group[0]!.open, group })),
    ...turns.flatMap((turn) =>
      turn.paragraphs.flatMap((paragraph) =>
        splitSentences(text, paragraph.start, paragraph.end)
          .filter((range) => !/^\s*(?:\[[^\]]*\]|\([^)]*\))\s*$/.test(text.slice(range.start, range.end)))
          .map((range) => ({ at: range.start, turn: { range, speaker: turn.speaker, kind: turn.labelKind, context: turn.context } })),
      ),
    ),
  ].sort((a, b) => a.at - b.at);

  const drafts: Draft[] = [];
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    if (item.turn) {
      const { range, speaker, kind, context } = item.turn;
      const sentence = text.slice(range.start, range.end);
      let confidence = context ? 0.3 : kind === "known" ? 0.9 : kind === "name" ? 0.8 : 0.55;
      if (countWords(sentence) < 3) confidence = Math.min(confidence, 0.35);
      if (/\?["”’)\]]*$/.test(sentence)) confidence = Math.min(confidence, 0.4); // a question asks, it does not state
      drafts.push({ kind: "QUOTE", origin: "transcript", segments: [range], speaker, confidence, flags: ["transcript"] });
      attributor.notePreviousQuote(speaker, range.end);
      continue;
    }
    const group = item.group!;
    const segments = group.flatMap((span) => span.segments);
    segments[segments.length - 1] = trimTrailingComma(text, segments[segments.length - 1]!);
    const quotedText = joinSegments(text, segments);
    const words = countWords(quotedText);
    if (words <= 1) continue; // a scare-quoted word (“devastating”) is not a statement
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const paragraph = paragraphAt(paragraphs, first.open)!;
    const following = groups[groupIndex.get(group)! + 1];
    const nextOpen =
      group.length > 1 ? group[1]!.open : following && following[0]!.firstParagraph === last.lastParagraph ? following[0]!.open : null;
    // Marks inside a page's leftover markup (“<iframe width=”560″ …>”) quote nobody.
    const lead = text.slice(paragraph.start, first.open);
    if (lead.lastIndexOf("<") > lead.lastIndexOf(">") && /<\/?[a-z!]/i.test(lead.slice(lead.lastIndexOf("<")))) continue;
    const attribution = attributor.attributeQuote(first.open, group.length > 1 ? first.close : last.close, nextOpen);

    const flags: CandidateFlag[] = [];
    let confidence = 0.5 + STRENGTH_BONUS[attribution.strength];
    if (words >= 8) confidence += 0.05;
    const ended = /[.!?…]$/.test(quotedText);
    if (words <= 5 && !ended && attribution.strength <= 1) confidence -= 0.1;
    // A phrase (no sentence's end) whose speaker is only guessed from the context is not proposed.
    if (words < 8 && !ended && attribution.strength <= 1) confidence = Math.min(confidence, UNATTRIBUTED_CONFIDENCE);
    if (group.length > 1) flags.push("interrupted");
    if (group.some((span) => span.segments.length > 1)) flags.push("multi-paragraph");
    // Two or three words: a scare quote or a snippet, unless it is a sentence of its own (“Both are right.”).
    const sentenceLike = /^[\p{Lu}\d]/u.test(quotedText) && ended;
    if (words <= 3 && !sentenceLike) {
      flags.push("fragment");
      // “…,” Name said: a tail after a comma; “to ‘swear in’ Name as …” runs on, the name its object.
      const setOff = /[,!?]\s*$/.test(text.slice(last.open + 1, last.close)) || /^[,!?]/.test(text.slice(last.close + 1).trimStart());
      confidence = Math.min(confidence, attribution.strength === 3 && attribution.tail && setOff ? 0.55 : 0.3);
    } else if (words <= 3) {
      confidence -= 0.1;
    }
    const before = text.slice(Math.max(paragraph.start, first.open - 40), first.open);
    let speaker = attribution.speaker;
    if (isTitleLike(quotedText, before) && !(attribution.tail && ended)) {
      flags.push("title");
      confidence = Math.min(confidence, 0.2);
      if (attribution.strength < 3) speaker = null; // a title has no speaker unless one is named with it
    }
    // Words named rather than said (“his reply to the question “What's your favourite joke?””,
    // “the ‘refugees will not come’ approach”), or put in a question (“Asked if he was “out of touch,” …”).
    if (
      NAMED_WORDS.test(before) ||
      (NAMING_DETERMINER.test(before) && NAMED_THING.test(text.slice(last.close + 1))) ||
      ASKED_CLAUSE.test(text.slice(paragraph.start, first.open))
    ) {
      flags.push("title");
      speaker = null;
      confidence = Math.min(confidence, 0.3);
    }
    // A quotation nobody is named for is not proposed: a statement needs its speaker.
    if (!speaker) confidence = Math.min(confidence, UNATTRIBUTED_CONFIDENCE);
    // A question put by the press, labelled at the start of its line (“(Reporter question off camera): "…?"”).
    if (ASKED_BY_PRESS.test(text.slice(paragraph.start, first.open))) {
      speaker = null;
      confidence = Math.min(confidence, 0.3);
    }
    if (isHeadline(text, paragraph)) {
      flags.push("headline");
      confidence -= 0.25;
    }
    const context = words < 12 ? attributor.sentenceAt(first.open) : null;
    drafts.push({ kind: "QUOTE", origin: "quote-marks", segments, speaker, confidence, flags, context });
  }

  // Words printed without marks and signed by their speaker (“… that night. Ruth Delaney MP”).
  for (const paragraph of paragraphs) {
    const signed = attributor.signedParagraph(paragraph);
    if (!signed) continue;
    const confidence = 0.5 + STRENGTH_BONUS[2] + (countWords(text.slice(signed.words.start, signed.words.end)) >= 8 ? 0.05 : 0);
    drafts.push({ kind: "QUOTE", origin: "signed", segments: [signed.words], speaker: signed.speaker, confidence, flags: [] });
  }

  // Words printed without marks after “Minister X said:” (a government release).
  for (const paragraph of paragraphs) {
    const introduced = attributor.introducedStatement(paragraph);
    if (!introduced) continue;
    const confidence = 0.5 + STRENGTH_BONUS[2] + 0.05;
    drafts.push({ kind: "QUOTE", origin: "introduced", segments: introduced.words, speaker: introduced.speaker, confidence, flags: [] });
  }

  // A headline that repeats a quote of the body is not a second statement.
  const normal = (draft: Draft) =>
    joinSegments(text, draft.segments)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const body = drafts.filter((draft) => !draft.flags.includes("headline")).map(normal);
  for (const draft of drafts) {
    if (!draft.flags.includes("headline")) continue;
    const words = normal(draft);
    if (body.some((other) => other.includes(words))) {
      draft.flags.push("duplicate");
      draft.confidence = Math.min(draft.confidence, 0.3);
    }
  }

  const taken = [
    ...drafts
      .filter(
        (d) =>
          (d.origin === "quote-marks" || d.origin === "signed" || d.origin === "introduced") &&
          !d.flags.includes("fragment") &&
          !d.flags.includes("title"),
      )
      .map((d) => ({ start: d.segments[0]!.start, end: d.segments[d.segments.length - 1]!.end })),
    ...turnRanges,
  ].sort((a, b) => a.start - b.start);
  for (const paraphrase of findParaphrases(text, paragraphs, attributor, taken)) {
    drafts.push({
      kind: "PARAPHRASE",
      origin: "reported-speech",
      segments: [{ start: paraphrase.start, end: paraphrase.end }],
      speaker: paraphrase.speaker,
      confidence: paraphrase.confidence,
      flags: [],
    });
  }

  const matcher: TopicMatcher = buildTopicMatcher(options.topics ?? []);
  const candidates: Candidate[] = drafts.map((draft) => {
    const start = draft.segments[0]!.start;
    const end = draft.segments[draft.segments.length - 1]!.end;
    const candidateText = joinSegments(text, draft.segments);
    const flags = [...draft.flags];
    if (/\[[^\]\n]{1,60}\]/.test(candidateText)) flags.push("editorial-insertion");
    if (!draft.speaker) flags.push("unattributed");
    const topicText = draft.context ? `${candidateText} ${text.slice(draft.context.start, draft.context.end)}` : candidateText;
    return {
      kind: draft.kind,
      origin: draft.origin,
      text: candidateText,
      start,
      end,
      segments: draft.segments,
      speaker: draft.speaker,
      confidence: round(draft.confidence),
      flags,
      claims: findNumericClaimsIn(text, draft.segments),
      topics: suggestTopics(topicText, matcher),
      anchor: buildAnchor(text, start, end),
      date: options.defaultDate ?? null,
    };
  });
  candidates.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  if (candidates.length > MAX_CANDIDATES) {
    warnings.push(`${candidates.length} candidates found; only the first ${MAX_CANDIDATES} are listed. Split the text to review the rest.`);
    candidates.length = MAX_CANDIDATES;
  }

  if (candidates.length === 0) {
    warnings.push("Nothing found: no quotations, transcript turns or reported speech.");
  } else if (!candidates.some((c) => c.kind === "QUOTE")) {
    warnings.push("No quotations found; the candidates are paraphrases of reported speech.");
  }
  return { candidates, warnings };
}
