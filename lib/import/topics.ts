// Topic suggestions: the existing topics whose words occur in a candidate. Every topic is reduced
// to weighted word stems (its name counts three times as much as its description or proposition;
// a stem found in many topics, like “Ukraine”, counts little) plus the word pairs of its name
// (“air defence”, “peace negotiations”), which count extra when they occur together. A topic is
// suggested only with evidence: a word of its name and a second distinct word (or its name's word
// pair), reaching MIN_SCORE; the best three are returned with the words that matched. The analyst edits them.
import type { TopicEntry, TopicSuggestion } from "./types";

const STOP_WORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being it its this that these those
  their there they them he she his her we our you your i me my not no nor so than too very can could should would will
  shall may might must do does did done has have had having about into over under after before between through during
  such what which who whom whose when where why how all any both each few more most other some own same just also only
  then once here again further up down out off above below against own including include includes how whether while
  said says say told make made take taken get got one two three new like well us`.split(/\s+/),
);

// Words a topic is often discussed in without its own words: mapped to a stem the topic uses.
// A Map: any word of the text is looked up, "constructor" included.
const SYNONYMS = new Map<string, string>(
  Object.entries({
    kremlin: "russia",
    moscow: "russia",
    russian: "russia",
    russians: "russia",
    putin: "russia",
    ukrainian: "ukraine",
    ukrainians: "ukraine",
    kyiv: "ukraine",
    kiev: "ukraine",
    talks: "negotiation",
    arms: "weapon",
    budgets: "spending",
    budget: "spending",
    gdp: "gdp",
    nukes: "nuclear",
    atomic: "nuclear",
    patriots: "patriot",
  }),
);

const MIN_SCORE = 3;
const LIMIT = 3;

const stemCache = new Map<string, string>();

/** A crude English stem: enough to meet “negotiations” and “negotiating”, “defense” and “defence”. */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    cached = computeStem(word);
    stemCache.set(word, cached);
  }
  return cached;
}

function computeStem(word: string): string {
  let w = word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]s?$/, "");
  w = SYNONYMS.get(w) ?? w;
  w = w
    .replace(/ense$/, "ence")
    .replace(/ization$/, "isation")
    .replace(/ize(s|d)?$/, "ise$1")
    .replace(/^center/, "centre");
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, -2);
  return w.length > 6 ? w.slice(0, 6) : w;
}

function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .flatMap((word) => word.split("-"))
    .filter((word) => !STOP_WORDS.has(word.toLowerCase()) && word.length > 1);
}

const stems = (text: string) => words(text).map(stem);

export interface TopicMatcher {
  topics: {
    topic: TopicEntry;
    weights: Map<string, number>;
    pairs: [string, string][];
    nameStems: Set<string>;
  }[];
  /** stem → the topics that use it (index into topics), so a candidate costs one probe per word. */
  byStem: Map<string, number[]>;
}

export function buildTopicMatcher(topics: readonly TopicEntry[]): TopicMatcher {
  const fields = topics.map((topic) => {
    const weights = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const s of stems(text)) weights.set(s, Math.max(weights.get(s) ?? 0, weight));
    };
    add(topic.description, 1);
    add(topic.proposition, 1);
    add(topic.name, 3);
    const nameStems = stems(topic.name);
    const pairs = nameStems.slice(1).map((s, i) => [nameStems[i]!, s] as [string, string]);
    return { topic, weights, pairs, nameStems: new Set(nameStems) };
  });
  const byStem = new Map<string, number[]>();
  fields.forEach(({ weights }, t) => {
    for (const s of weights.keys()) byStem.set(s, [...(byStem.get(s) ?? []), t]);
  });
  const n = topics.length;
  for (const { weights } of fields) {
    for (const [s, weight] of weights) weights.set(s, weight * Math.log((n + 1) / (byStem.get(s)!.length + 0.5)));
  }
  return { topics: fields, byStem };
}

/** Topics to suggest for a candidate's text, best first. */
export function suggestTopics(text: string, topics: readonly TopicEntry[] | TopicMatcher): TopicSuggestion[] {
  const matcher = "byStem" in topics ? topics : buildTopicMatcher(topics);
  if (matcher.topics.length === 0) return [];
  const found = words(text);
  const stemmed = found.map(stem);
  const scores = new Map<number, { score: number; byName: boolean; matched: string[]; stems: Set<string> }>();
  const seen = new Set<string>();
  stemmed.forEach((s, i) => {
    if (seen.has(s)) return;
    seen.add(s);
    for (const t of matcher.byStem.get(s) ?? []) {
      const { weights, nameStems } = matcher.topics[t]!;
      const weight = weights.get(s)!;
      if (weight <= 0) continue;
      const entry = scores.get(t) ?? { score: 0, byName: false, matched: [], stems: new Set<string>() };
      entry.score += weight;
      entry.matched.push(found[i]!);
      entry.stems.add(s);
      if (nameStems.has(s)) entry.byName = true;
      scores.set(t, entry);
    }
  });
  const adjacent = new Set(stemmed.slice(1).map((s, i) => `${stemmed[i]} ${s}`));
  const suggestions: TopicSuggestion[] = [];
  for (const [t, { score: wordScore, byName, matched, stems: matchedStems }] of scores) {
    const { topic, pairs } = matcher.topics[t]!;
    const pairHits = pairs.filter(([a, b]) => adjacent.has(`${a} ${b}`)).length;
    const score = wordScore + 2 * pairHits;
    // Precision over recall: a word of the topic's name, and a second distinct word (or the
    // name's words side by side). One shared word (“NATO”) is no evidence.
    if (byName && score >= MIN_SCORE && (matchedStems.size >= 2 || pairHits > 0)) {
      suggestions.push({
        slug: topic.slug,
        ...(topic.id !== undefined ? { id: topic.id } : {}),
        name: topic.name,
        score: Math.round(score * 100) / 100,
        matched,
        matchedTerms: [...new Set(matched)],
      });
    }
  }
  suggestions.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return suggestions.slice(0, LIMIT);
}
