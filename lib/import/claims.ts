// Numeric claims inside a candidate: percentages (“a 400% increase”, “2 per cent of GDP”), money
// (“€40 billion”, “$1.5bn”, “300 million euros”), counts per period (“1,000 casualties a day”) and
// numbers of things (“two additional Patriot systems”, “32 allies”). Years, dates, ordinals and
// durations (“for 30 years”) are not claims.
import { NUMBER_WORDS } from "@/lib/text/number-words";
import type { NumericClaim, NumericMeasure, TextRange } from "./types";

// "Zero" is no count of things a claim names.
const WORD_NUMBERS: Record<string, number> = {
  ...Object.fromEntries([...NUMBER_WORDS].filter(([word]) => word !== "zero")),
  hundred: 100,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", US$: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  pound: "GBP",
  pounds: "GBP",
  gbp: "GBP",
  sterling: "GBP",
  yen: "JPY",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  zloty: "PLN",
  zlotys: "PLN",
  hryvnia: "UAH",
};
const PERIODS: Record<string, string> = {
  day: "day",
  days: "day",
  night: "night",
  week: "week",
  month: "month",
  year: "year",
  hour: "hour",
  minute: "minute",
  daily: "day",
  nightly: "night",
  weekly: "week",
  monthly: "month",
  annually: "year",
  yearly: "year",
};
const DURATION_WORDS = new Set([
  "year",
  "years",
  "month",
  "months",
  "week",
  "weeks",
  "day",
  "days",
  "hour",
  "hours",
  "minute",
  "minutes",
  "second",
  "seconds",
  "decade",
  "decades",
  "century",
  "centuries",
  "times",
  "o'clock",
  "am",
  "pm",
  "a.m",
  "p.m",
]);
const SKIPPED_ADJECTIVES = new Set(["additional", "more", "new", "extra", "further", "other", "modern", "advanced", "of"]);
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${Object.keys(WORD_NUMBERS).join("|")})(?:[- ](?:${Object.keys(WORD_NUMBERS).join("|")}))?)`;
const SCALE = String.raw`(?:\s?(thousand|million|billion|trillion|bn|mn|mln|tn|trn|[kmb])\b)?`;
const QUALIFIER = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|more than|less than|at least|up to|an estimated|approximately|a|an)\s+)?`;

function parseNumber(raw: string): number | null {
  const clean = raw.toLowerCase().replace(/,/g, "");
  if (/^\d/.test(clean)) return Number(clean);
  const parts = clean.split(/[- ]/).map((p) => WORD_NUMBERS[p]);
  if (parts.some((p) => p === undefined)) return null;
  if (parts.length === 2 && parts[1] === 100) return parts[0]! * 100;
  return parts.reduce<number>((sum, p) => sum + p!, 0);
}

function scaled(value: number, scale: string | undefined): number {
  return scale ? value * (SCALES[scale.toLowerCase()] ?? 1) : value;
}

interface Match extends TextRange {
  measure: NumericMeasure;
  value: number;
  unit: string;
}

const PATTERNS: { measure: NumericMeasure; pattern: RegExp; read: (m: RegExpExecArray) => { value: number; unit: string } | null }[] = [
  {
    measure: "percentage",
    pattern: new RegExp(
      String.raw`${QUALIFIER}${NUMBER}\s?(%|per ?cent\b|percentage points?\b)(\s+of\s+(?:GDP|gross domestic product|its GDP|their GDP)\b)?`,
      "gi",
    ),
    read: (m) => {
      const value = parseNumber(m[1]!);
      if (value === null) return null;
      const points = /point/i.test(m[2]!);
      return { value, unit: (points ? "percentage points" : "%") + (m[3] ? " of GDP" : "") };
    },
  },
  {
    measure: "money",
    pattern: new RegExp(String.raw`(US\$|[$€£¥])\s?${NUMBER}${SCALE}`, "gi"),
    read: (m) => {
      const value = parseNumber(m[2]!);
      return value === null ? null : { value: scaled(value, m[3]), unit: CURRENCY_SYMBOLS[m[1]!] ?? m[1]! };
    },
  },
  {
    measure: "money",
    pattern: new RegExp(
      String.raw`${NUMBER}${SCALE}\s+(?:US\s+)?(dollars?|euros?|pounds?(?:\s+sterling)?|roubles?|rubles?|zlotys?|hryvnia|yen|USD|EUR|GBP)\b`,
      "gi",
    ),
    read: (m) => {
      const value = parseNumber(m[1]!);
      const currency = CURRENCY_WORDS[m[3]!.toLowerCase().split(/\s+/)[0]!];
      return value === null || !currency ? null : { value: scaled(value, m[2]), unit: currency };
    },
  },
  {
    measure: "rate",
    pattern: new RegExp(
      String.raw`${QUALIFIER}${NUMBER}${SCALE}((?:\s+[\p{L}-]+){1,3}?)\s+(?:(?:per|a|an|each|every)\s+(day|night|week|month|year|hour|minute)|(daily|nightly|weekly|monthly|annually|yearly))\b`,
      "giu",
    ),
    read: (m) => {
      const value = parseNumber(m[1]!);
      const things = m[3]!.trim();
      if (value === null || DURATION_WORDS.has(things.toLowerCase())) return null;
      return { value: scaled(value, m[2]), unit: `${things} per ${PERIODS[(m[4] ?? m[5])!.toLowerCase()]}` };
    },
  },
  {
    measure: "count",
    pattern: new RegExp(String.raw`${QUALIFIER}${NUMBER}${SCALE}((?:\s+(?:[\p{Lu}][\p{L}\d-]*|[\p{Ll}-]+)){1,4})`, "gu"),
    read: (m) => {
      const value = parseNumber(m[1]!);
      if (value === null) return null;
      const words = m[3]!.trim().split(/\s+/);
      // The counted things end at the first plural noun: “two additional Patriot systems for Ukraine”.
      const plural = words.findIndex((w) => /\p{L}{2,}s$/u.test(w) || /^(?:F-\d+s|aircraft|personnel|people|troops|staff)$/iu.test(w));
      if (plural === -1) return null;
      const things = words.slice(0, plural + 1).filter((w, i) => i === plural || !SKIPPED_ADJECTIVES.has(w.toLowerCase()));
      if (DURATION_WORDS.has(things[things.length - 1]!.toLowerCase())) return null;
      if (/^\d{4}$/.test(m[1]!) && value >= 1900 && value <= 2100) return null;
      return { value: scaled(value, m[2]), unit: things.join(" ") };
    },
  },
];

/** Numeric claims within [from, to) of `text`, with offsets into `text`. */
export function findNumericClaims(text: string, from = 0, to = text.length): NumericClaim[] {
  const slice = text.slice(from, to);
  const matches: Match[] = [];
  for (const { measure, pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const before = slice[m.index - 1];
      if (before && /[\p{L}\p{N}]/u.test(before)) continue;
      if (before === "-" && /[\p{L}\p{N}]/u.test(slice[m.index - 2] ?? "")) continue; // F-16, Su-35
      // A count that is really a date or an ordinal (“March 3”, “3rd”) is skipped by the patterns' shape.
      const read1 = read(m);
      if (!read1) continue;
      let end = m.index + m[0].length;
      if (measure === "count") {
        const unitEnd = m[0].lastIndexOf(read1.unit.split(" ").pop()!);
        end = m.index + unitEnd + read1.unit.split(" ").pop()!.length;
      }
      const start = m.index + (/^\s/.test(m[0]) ? m[0].length - m[0].trimStart().length : 0);
      const range = { start: from + start, end: from + end };
      if (matches.some((other) => other.start < range.end && range.start < other.end)) continue;
      matches.push({ ...range, measure, ...read1 });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  return matches.map((m) => ({
    kind: "NUMERIC",
    measure: m.measure,
    text: text.slice(m.start, m.end),
    value: m.value,
    unit: m.unit,
    start: m.start,
    end: m.end,
  }));
}

export function findNumericClaimsIn(text: string, ranges: readonly TextRange[]): NumericClaim[] {
  return ranges.flatMap((range) => findNumericClaims(text, range.start, range.end));
}
