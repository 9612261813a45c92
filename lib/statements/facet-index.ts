// A columnar index of the reader-visible statements: per statement its speaker, kind, dates, its
// sources' kinds and its claims' statuses as bitmasks, and its (topic, stance) pairs. Every
// timeline filter but the text query is evaluated on it, so the facet counts, the month strip and
// the count of any filter combination take one pass over typed arrays (about a millisecond per
// 100,000 statements) instead of a recount in SQL after each write. Pure: no Prisma, no React.
// The SQL versions in timeline.ts stay the reference the tests hold this to.
import { CLAIM_STATUSES } from "@/lib/claims/kinds";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { STANCES } from "@/lib/stances/scale";
import type { TimelineFilters } from "./filters";
import { clipToRange, type MonthCount } from "./month-strip";

/** One statement as the index keeps it (dates as `YYYY-MM-DD`). */
export interface IndexedStatement {
  id: number;
  speakerId: number;
  kind: string;
  dateStart: string;
  dateEnd: string;
  dateSort: string;
  stances: { topicId: number; stance: string }[];
  sourceKinds: string[];
  claimStatuses: string[];
}

export interface NamedRecord {
  id: number;
  slug: string;
  name: string;
  /** Soft-deleted: its statements still count in the facets, but it is not listed on reader pages. */
  deleted?: boolean;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  speakers: FacetValue[];
  topics: FacetValue[];
  stances: FacetValue[];
  kinds: FacetValue[];
  sourceKinds: FacetValue[];
  claimStatuses: FacetValue[];
  withClaims: number;
}

const KINDS = ["QUOTE", "PARAPHRASE"] as const;

const codeOf = (values: readonly string[], value: string) => {
  const code = values.indexOf(value);
  if (code < 0) throw new Error(`Unknown value for the facet index: ${value}`);
  return code;
};
const maskOf = (values: readonly string[], chosen: readonly string[]) => chosen.reduce((mask, v) => mask | (1 << codeOf(values, v)), 0);

/** `YYYY-MM-DD` as the integer YYYYMMDD: the same order, and the month is a division away. */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}
const monthText = (month: number) => `${String(Math.floor(month / 100)).padStart(4, "0")}-${String(month % 100).padStart(2, "0")}`;

/** A growable typed array. */
class Column<T extends Int32Array | Uint8Array> {
  data: T;
  constructor(
    private readonly make: (size: number) => T,
    capacity: number,
  ) {
    this.data = make(Math.max(16, capacity));
  }
  ensure(size: number) {
    if (size <= this.data.length) return;
    const grown = this.make(Math.max(size, Math.ceil(this.data.length * 1.5)));
    grown.set(this.data);
    this.data = grown;
  }
}

const int32 = (n: number) => new Int32Array(n);
const uint8 = (n: number) => new Uint8Array(n);

// Per-filter flags resolved once per query: `null` means the dimension is not filtered.
interface ResolvedFilters {
  speakers: Uint8Array | null;
  topics: Uint8Array | null;
  stanceMask: number;
  from: number | null;
  to: number | null;
  kind: number | null;
  sourceMask: number;
  claims: "with" | "without" | null;
  claimMask: number;
  /** Statements the text query matches, by id; null without a usable query. */
  matches: Uint8Array | null;
}

/**
 * Statement rows live in slots. A changed statement takes a new slot and its old one is marked
 * dead, so an update never moves other rows; dead slots are dropped when the index is rebuilt.
 */
export class FacetIndex {
  #slots = 0;
  #live = 0;
  readonly #id: Column<Int32Array>;
  readonly #alive: Column<Uint8Array>;
  readonly #speaker: Column<Int32Array>;
  readonly #kind: Column<Uint8Array>;
  readonly #start: Column<Int32Array>;
  readonly #end: Column<Int32Array>;
  readonly #sort: Column<Int32Array>;
  readonly #sources: Column<Uint8Array>;
  readonly #claims: Column<Uint8Array>;
  // A slot's (topic, stance) pairs: stanceFirst[slot] .. stanceFirst[slot] + stanceCount[slot]
  // in the packed arrays (CSR).
  readonly #stanceFirst: Column<Int32Array>;
  readonly #stanceCount: Column<Uint8Array>;
  #pairs = 0;
  readonly #pairTopic: Column<Int32Array>;
  readonly #pairStance: Column<Uint8Array>;
  /** slot + 1 by statement id (0: not in the index). */
  readonly #slotOfId: Column<Int32Array>;
  #people = new Map<number, NamedRecord>();
  #topics = new Map<number, NamedRecord>();
  /** One more than the highest speaker and topic id named: the length of arrays counted by id. */
  #peopleIdLimit = 1;
  #topicsIdLimit = 1;
  #personBySlug = new Map<string, number>();
  #topicBySlug = new Map<string, number>();

  constructor(capacity = 1024) {
    this.#id = new Column(int32, capacity);
    this.#alive = new Column(uint8, capacity);
    this.#speaker = new Column(int32, capacity);
    this.#kind = new Column(uint8, capacity);
    this.#start = new Column(int32, capacity);
    this.#end = new Column(int32, capacity);
    this.#sort = new Column(int32, capacity);
    this.#sources = new Column(uint8, capacity);
    this.#claims = new Column(uint8, capacity);
    this.#stanceFirst = new Column(int32, capacity);
    this.#stanceCount = new Column(uint8, capacity);
    this.#pairTopic = new Column(int32, capacity * 2);
    this.#pairStance = new Column(uint8, capacity * 2);
    this.#slotOfId = new Column(int32, capacity);
  }

  /** How many statements it holds. */
  get size(): number {
    return this.#live;
  }

  /** How many slots are taken by rows replaced or removed since it was built. */
  get deadSlots(): number {
    return this.#slots - this.#live;
  }

  /** Bytes held by its arrays (the name maps aside). */
  get bytes(): number {
    return [
      this.#id,
      this.#alive,
      this.#speaker,
      this.#kind,
      this.#start,
      this.#end,
      this.#sort,
      this.#sources,
      this.#claims,
      this.#stanceFirst,
      this.#stanceCount,
      this.#pairTopic,
      this.#pairStance,
      this.#slotOfId,
    ].reduce((sum, column) => sum + column.data.byteLength, 0);
  }

  /** The speakers' and topics' slugs and names (soft-deleted ones too: their statements still count). */
  setNames(people: NamedRecord[], topics: NamedRecord[]) {
    this.#people = new Map(people.map((p) => [p.id, p]));
    this.#topics = new Map(topics.map((t) => [t.id, t]));
    this.#peopleIdLimit = 1 + Math.max(0, ...this.#people.keys());
    this.#topicsIdLimit = 1 + Math.max(0, ...this.#topics.keys());
    this.#personBySlug = new Map(people.map((p) => [p.slug, p.id]));
    this.#topicBySlug = new Map(topics.map((t) => [t.slug, t.id]));
  }

  has(id: number): boolean {
    return id < this.#slotOfId.data.length && this.#slotOfId.data[id]! > 0;
  }

  /** Adds a statement, or replaces what the index holds for it. */
  put(statement: IndexedStatement) {
    this.remove(statement.id);
    const slot = this.#slots++;
    for (const column of [this.#id, this.#alive, this.#speaker, this.#kind, this.#start, this.#end, this.#sort]) column.ensure(this.#slots);
    for (const column of [this.#sources, this.#claims, this.#stanceFirst, this.#stanceCount]) column.ensure(this.#slots);
    this.#id.data[slot] = statement.id;
    this.#alive.data[slot] = 1;
    this.#speaker.data[slot] = statement.speakerId;
    this.#kind.data[slot] = codeOf(KINDS, statement.kind);
    this.#start.data[slot] = dayNumber(statement.dateStart);
    this.#end.data[slot] = dayNumber(statement.dateEnd);
    this.#sort.data[slot] = dayNumber(statement.dateSort);
    this.#sources.data[slot] = maskOf(SOURCE_KINDS, statement.sourceKinds);
    this.#claims.data[slot] = maskOf(CLAIM_STATUSES, statement.claimStatuses);
    const count = Math.min(statement.stances.length, 255);
    this.#pairTopic.ensure(this.#pairs + count);
    this.#pairStance.ensure(this.#pairs + count);
    this.#stanceFirst.data[slot] = this.#pairs;
    this.#stanceCount.data[slot] = count;
    for (const { topicId, stance } of statement.stances.slice(0, count)) {
      this.#pairTopic.data[this.#pairs] = topicId;
      this.#pairStance.data[this.#pairs] = codeOf(STANCES, stance);
      this.#pairs++;
    }
    this.#slotOfId.ensure(statement.id + 1);
    this.#slotOfId.data[statement.id] = slot + 1;
    this.#live++;
  }

  /** Drops a statement (no longer visible to readers, or gone); nothing happens when it is not held. */
  remove(id: number) {
    if (!this.has(id)) return;
    const slot = this.#slotOfId.data[id]! - 1;
    this.#alive.data[slot] = 0;
    this.#slotOfId.data[id] = 0;
    this.#live--;
  }

  /** One flag per id for a list of ids (the matches of a text query). */
  #flags(ids: Iterable<number>, size: number): Uint8Array {
    const flags = new Uint8Array(size + 1);
    for (const id of ids) if (id >= 0 && id <= size) flags[id] = 1;
    return flags;
  }

  #resolve(filters: TimelineFilters, matches: readonly number[] | null): ResolvedFilters {
    const bySlug = (slugs: string[], ids: Map<string, number>) => {
      if (slugs.length === 0) return null;
      const known = slugs.flatMap((slug) => (ids.has(slug) ? [ids.get(slug)!] : []));
      return this.#flags(known, Math.max(0, ...known));
    };
    return {
      speakers: bySlug(filters.speakers, this.#personBySlug),
      topics: bySlug(filters.topics, this.#topicBySlug),
      stanceMask: maskOf(STANCES, filters.stances),
      from: filters.from ? dayNumber(filters.from) : null,
      to: filters.to ? dayNumber(filters.to) : null,
      kind: filters.kind ? codeOf(KINDS, filters.kind) : null,
      sourceMask: maskOf(SOURCE_KINDS, filters.sourceKinds),
      claims: filters.claims,
      claimMask: maskOf(CLAIM_STATUSES, filters.claimStatuses),
      matches: matches ? this.#flags(matches, Math.max(0, this.#slotOfId.data.length - 1)) : null,
    };
  }

  // The filters each statement passes. Topic and stance are one condition (a stance filter
  // applies to the chosen topics), so it comes in three forms: both, without the topics, and
  // without the stances, as the facets of each leave their own filter out.
  #pairsMatch(slot: number, topics: Uint8Array | null, stanceMask: number): boolean {
    if (topics === null && stanceMask === 0) return true;
    const first = this.#stanceFirst.data[slot]!;
    const last = first + this.#stanceCount.data[slot]!;
    for (let p = first; p < last; p++) {
      const topic = this.#pairTopic.data[p]!;
      if (topics !== null && (topic >= topics.length || topics[topic] === 0)) continue;
      if (stanceMask !== 0 && (stanceMask & (1 << this.#pairStance.data[p]!)) === 0) continue;
      return true;
    }
    return false;
  }

  #datePasses(slot: number, f: ResolvedFilters): boolean {
    return (f.to === null || this.#start.data[slot]! <= f.to) && (f.from === null || this.#end.data[slot]! >= f.from);
  }

  #speakerPasses(slot: number, f: ResolvedFilters): boolean {
    if (f.speakers === null) return true;
    const speaker = this.#speaker.data[slot]!;
    return speaker < f.speakers.length && f.speakers[speaker] === 1;
  }

  #claimsPass(slot: number, f: ResolvedFilters): boolean {
    const claims = this.#claims.data[slot]!;
    if (f.claims === "with" && claims === 0) return false;
    if (f.claims === "without" && claims !== 0) return false;
    return f.claimMask === 0 || (claims & f.claimMask) !== 0;
  }

  #textPasses(slot: number, f: ResolvedFilters): boolean {
    return f.matches === null || f.matches[this.#id.data[slot]!] === 1;
  }

  /** Whether the statement in `slot` passes every filter (the date range only when `withDates`). */
  #passes(slot: number, f: ResolvedFilters, withDates: boolean): boolean {
    return (
      this.#alive.data[slot] === 1 &&
      (!withDates || this.#datePasses(slot, f)) &&
      this.#textPasses(slot, f) &&
      this.#speakerPasses(slot, f) &&
      (f.kind === null || this.#kind.data[slot] === f.kind) &&
      (f.sourceMask === 0 || (this.#sources.data[slot]! & f.sourceMask) !== 0) &&
      this.#claimsPass(slot, f) &&
      this.#pairsMatch(slot, f.topics, f.stanceMask)
    );
  }

  /** How many statements match the filters. `matches`: the ids a text query matches, when it has one. */
  count(filters: TimelineFilters, matches: readonly number[] | null = null): number {
    const f = this.#resolve(filters, matches);
    let n = 0;
    for (let slot = 0; slot < this.#slots; slot++) if (this.#passes(slot, f, true)) n++;
    return n;
  }

  /** How many statements each choice would give, keeping the other filters (computeFacets' rules). */
  facets(filters: TimelineFilters, matches: readonly number[] | null = null): Facets {
    const f = this.#resolve(filters, matches);
    // Counted in arrays by id rather than maps: this loop runs once per statement, and map updates
    // were a good part of its time. Ids without a name (none expected) are left out, as named() does.
    const speakers = new Uint32Array(this.#peopleIdLimit);
    const topics = new Uint32Array(this.#topicsIdLimit);
    const stances = new Array<number>(STANCES.length).fill(0);
    const kinds = new Array<number>(KINDS.length).fill(0);
    const sources = new Array<number>(SOURCE_KINDS.length).fill(0);
    const claims = new Array<number>(CLAIM_STATUSES.length).fill(0);
    let withClaims = 0;
    const bits = (mask: number, counts: number[]) => {
      for (let bit = 0; mask !== 0; bit++, mask >>= 1) if (mask & 1) counts[bit]!++;
    };
    const kindFilter = f.kind;
    for (let slot = 0; slot < this.#slots; slot++) {
      // The date range and the text query are never left out of a facet.
      if (this.#alive.data[slot] !== 1 || !this.#datePasses(slot, f) || !this.#textPasses(slot, f)) continue;
      const speakerOk = this.#speakerPasses(slot, f);
      const kindOk = kindFilter === null || this.#kind.data[slot] === kindFilter;
      const sourceOk = f.sourceMask === 0 || (this.#sources.data[slot]! & f.sourceMask) !== 0;
      const claimsOk = this.#claimsPass(slot, f);
      const failed = Number(!speakerOk) + Number(!kindOk) + Number(!sourceOk) + Number(!claimsOk);
      if (failed > 1) continue;
      const first = this.#stanceFirst.data[slot]!;
      const last = first + this.#stanceCount.data[slot]!;
      if (failed === 0) {
        if (this.#pairsMatch(slot, null, f.stanceMask)) for (let p = first; p < last; p++) topics[this.#pairTopic.data[p]!]!++;
        if (this.#pairsMatch(slot, f.topics, 0)) {
          let seen = 0;
          for (let p = first; p < last; p++) {
            const topic = this.#pairTopic.data[p]!;
            if (f.topics === null || (topic < f.topics.length && f.topics[topic] === 1)) seen |= 1 << this.#pairStance.data[p]!;
          }
          bits(seen, stances);
        }
      }
      if (!this.#pairsMatch(slot, f.topics, f.stanceMask)) continue;
      if (failed === 0 || !speakerOk) speakers[this.#speaker.data[slot]!]!++;
      if (failed === 0 || !kindOk) kinds[this.#kind.data[slot]!]!++;
      if (failed === 0 || !sourceOk) bits(this.#sources.data[slot]!, sources);
      if (failed === 0 || !claimsOk) {
        const mask = this.#claims.data[slot]!;
        bits(mask, claims);
        if (mask !== 0) withClaims++;
      }
    }
    const plain = (values: readonly string[], counts: number[]) =>
      values.flatMap((value, i) => (counts[i]! > 0 ? [{ value, label: value, count: counts[i]! }] : []));
    return {
      speakers: named(speakers, this.#people),
      topics: named(topics, this.#topics),
      stances: plain(STANCES, stances).sort(byValue),
      kinds: plain(KINDS, kinds).sort(byValue),
      sourceKinds: plain(SOURCE_KINDS, sources).sort(byValue),
      claimStatuses: plain(CLAIM_STATUSES, claims).sort(byValue),
      withClaims,
    };
  }

  /**
   * Statements per month (by the middle of their interval), per stance on the topic when exactly
   * one is chosen, for the filters without their date range; with a range, the view's statements
   * whose middle month lies outside it are counted in its nearest month (monthlyCounts' rules).
   */
  monthlyCounts(filters: TimelineFilters, matches: readonly number[] | null = null): MonthCount[] {
    const f = this.#resolve(filters, matches);
    const topicId = filters.topics.length === 1 ? (this.#topicBySlug.get(filters.topics[0]!) ?? -1) : null;
    const firstMonth = filters.from ? Math.floor(dayNumber(filters.from) / 100) : null;
    const lastMonth = filters.to ? Math.floor(dayNumber(filters.to) / 100) : null;
    const context = new Map<number, MonthCount>();
    const outside = new Map<number, MonthCount>();
    const add = (months: Map<number, MonthCount>, month: number, stance: string | null) => {
      let entry = months.get(month);
      if (!entry) months.set(month, (entry = { month: monthText(month), total: 0, byStance: {} }));
      entry.total++;
      if (stance !== null) entry.byStance[stance] = (entry.byStance[stance] ?? 0) + 1;
    };
    for (let slot = 0; slot < this.#slots; slot++) {
      if (!this.#passes(slot, f, false)) continue;
      const month = Math.floor(this.#sort.data[slot]! / 100);
      let stance: string | null = null;
      if (topicId !== null) {
        const first = this.#stanceFirst.data[slot]!;
        const last = first + this.#stanceCount.data[slot]!;
        for (let p = first; p < last; p++) if (this.#pairTopic.data[p] === topicId) stance = STANCES[this.#pairStance.data[p]!]!;
        if (stance === null) continue;
      }
      add(context, month, stance);
      if ((firstMonth !== null && month < firstMonth) || (lastMonth !== null && month > lastMonth)) {
        if (this.#datePasses(slot, f)) add(outside, month, stance);
      }
    }
    const sorted = (months: Map<number, MonthCount>) => [...months.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
    if (!filters.from && !filters.to) return sorted(context);
    return clipToRange(sorted(context), sorted(outside), { from: filters.from, to: filters.to });
  }

  /** The speakers of the statements on a topic, with how many each, most first. */
  speakersOnTopic(topicId: number): FacetValue[] {
    const counts = new Map<number, number>();
    for (let slot = 0; slot < this.#slots; slot++) {
      if (this.#alive.data[slot] !== 1) continue;
      const first = this.#stanceFirst.data[slot]!;
      const last = first + this.#stanceCount.data[slot]!;
      for (let p = first; p < last; p++) {
        if (this.#pairTopic.data[p] !== topicId) continue;
        const speaker = this.#speaker.data[slot]!;
        counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
        break;
      }
    }
    return named(counts, this.#people);
  }

  /**
   * For every topic with statements: how many, and its speakers with how many each, most first
   * (speakersOnTopic of every topic in one pass, for the topics overview).
   */
  topicsSummary(): Map<number, { count: number; speakers: FacetValue[] }> {
    const byTopic = new Map<number, Map<number, number>>();
    for (let slot = 0; slot < this.#slots; slot++) {
      if (this.#alive.data[slot] !== 1) continue;
      const speaker = this.#speaker.data[slot]!;
      const first = this.#stanceFirst.data[slot]!;
      const last = first + this.#stanceCount.data[slot]!;
      for (let p = first; p < last; p++) {
        const topic = this.#pairTopic.data[p]!;
        let counts = byTopic.get(topic);
        if (!counts) byTopic.set(topic, (counts = new Map()));
        counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
      }
    }
    const summary = new Map<number, { count: number; speakers: FacetValue[] }>();
    for (const [topic, counts] of byTopic) {
      let count = 0;
      for (const n of counts.values()) count += n;
      summary.set(topic, { count, speakers: named(counts, this.#people) });
    }
    return summary;
  }

  /** A speaker's statements: how many, and how many on each topic not deleted (most first). */
  speakerSummary(speakerId: number): { count: number; topics: FacetValue[] } {
    const topics = new Map<number, number>();
    let count = 0;
    for (let slot = 0; slot < this.#slots; slot++) {
      if (this.#alive.data[slot] !== 1 || this.#speaker.data[slot] !== speakerId) continue;
      count++;
      const first = this.#stanceFirst.data[slot]!;
      const last = first + this.#stanceCount.data[slot]!;
      for (let p = first; p < last; p++) topics.set(this.#pairTopic.data[p]!, (topics.get(this.#pairTopic.data[p]!) ?? 0) + 1);
    }
    const listed = new Map([...topics].filter(([id]) => this.#topics.get(id)?.deleted !== true));
    return { count, topics: named(listed, this.#topics) };
  }

  /** How many statements each speaker has. */
  statementsPerSpeaker(): Map<number, number> {
    const counts = new Map<number, number>();
    for (let slot = 0; slot < this.#slots; slot++) {
      if (this.#alive.data[slot] !== 1) continue;
      const speaker = this.#speaker.data[slot]!;
      counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    return counts;
  }
}

// Names by count, then by code points; enum values by code points (as the SQL version sorts).
const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || byCodePoints(a.label, b.label);
const byValue = (a: FacetValue, b: FacetValue) => byCodePoints(a.value, b.value);

/** Counts by record id (a map, or an array indexed by id) as facet values (slug and name), most first. */
function named(counts: Map<number, number> | Uint32Array, records: Map<number, NamedRecord>): FacetValue[] {
  const values: FacetValue[] = [];
  for (const [id, record] of records) {
    const count = (counts instanceof Map ? counts.get(id) : counts[id]) ?? 0;
    if (count > 0) values.push({ value: record.slug, label: record.name, count });
  }
  return values.sort(byCount);
}
