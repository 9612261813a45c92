import "server-only";
import { cache } from "react";
import { cachedByDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db/client";
import { formatInterval, type DatePrecision } from "@/lib/dates/precision";
import type { Stance } from "@/lib/stances/scale";
import type { StancePoint } from "@/lib/stances/shifts";
import { statementSetKey, type TimelineFilters } from "@/lib/statements/filters";
import { matchingStatementIds } from "@/lib/statements/timeline";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";

/** A topic by its slug; asked by a page and its metadata, so read once per request. */
export const findTopic = cache(async (slug: string) =>
  db.topic.findFirst({
    where: { slug, deletedAt: null },
    select: { id: true, slug: true, name: true, description: true, proposition: true },
  }),
);

/** Speakers with published statements on the topic, most statements first. */
// A topic page's aggregates read every statement on the topic; like the timeline's facets they
// are cached until the data changes (lib/cache/data-version.ts).

export function speakersOnTopic(topicId: number): Promise<{ slug: string; name: string; count: number }[]> {
  return cachedByDataVersion(`topic-speakers:${topicId}`, async () => {
    const rows = await db.$queryRaw<{ slug: string; name: string; n: bigint }[]>`
      SELECT p.slug, p.name, COUNT(*) AS n FROM Stance st JOIN Statement s ON s.id = st.statementId JOIN Person p ON p.id = s.speakerId
      WHERE st.topicId = ${topicId} AND ${readerVisibleSql()}
      GROUP BY p.id ORDER BY n DESC, p.name`;
    return rows.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.n) }));
  });
}

export interface LabelledStancePoint extends StancePoint {
  dateLabel: string;
  text: string;
  kind: "QUOTE" | "PARAPHRASE";
}

/** Every published stance of one speaker on one topic (the whole record, not only the filtered view). */
export function stancePoints(topicId: number, speakerSlug: string): Promise<LabelledStancePoint[]> {
  return cachedByDataVersion(`topic-points:${topicId}:${speakerSlug}`, () => readStancePoints(topicId, speakerSlug));
}

async function readStancePoints(topicId: number, speakerSlug: string): Promise<LabelledStancePoint[]> {
  const rows = await db.stance.findMany({
    where: { topicId, statement: { ...readerVisible, speaker: { slug: speakerSlug } } },
    select: {
      stance: true,
      statement: { select: { id: true, dateStart: true, dateEnd: true, dateSort: true, datePrecision: true, text: true, kind: true } },
    },
    orderBy: [{ statement: { dateSort: "asc" } }, { statement: { dateStart: "asc" } }, { statementId: "asc" }],
  });
  return rows.map(({ stance, statement: s }) => ({
    statementId: s.id,
    start: s.dateStart,
    end: s.dateEnd,
    sortKey: s.dateSort,
    stance: stance as Stance,
    dateLabel: formatInterval({ start: s.dateStart, end: s.dateEnd, precision: s.datePrecision }),
    text: s.text,
    kind: s.kind,
  }));
}

export interface TopicClaim {
  id: number;
  statementId: number;
  text: string;
  kind: "NUMERIC" | "FACTUAL" | "PREDICTION" | "COMMITMENT";
  value: number | null;
  unit: string | null;
  status: "UNVERIFIED" | "SUPPORTED" | "DISPUTED" | "FALSE";
  note: string;
  dateLabel: string;
  dateSort: string;
}

export interface SourceUse {
  id: number;
  title: string;
  url: string | null;
  outlet: string;
  kind: string;
  publishedOn: string | null;
  statements: number;
}

/** Claims and sources of the statements in the view (the filters as the reader set them). */
export function viewDetails(filters: TimelineFilters): Promise<{ claims: TopicClaim[]; sources: SourceUse[] }> {
  return cachedByDataVersion(`view-details:${statementSetKey(filters)}`, () => readViewDetails(filters));
}

async function readViewDetails(filters: TimelineFilters): Promise<{ claims: TopicClaim[]; sources: SourceUse[] }> {
  const ids = await matchingStatementIds({ ...filters, order: "oldest", page: 1 });
  if (ids.length === 0) return { claims: [], sources: [] };
  // The ids go in as one JSON parameter: a view can hold more statements than SQLite takes
  // bound parameters in an IN list.
  const idList = JSON.stringify(ids);
  const [claims, sourceRows] = await Promise.all([
    db.$queryRaw<(Omit<TopicClaim, "dateLabel" | "id" | "statementId"> & { id: bigint; statementId: bigint; dateStart: string; dateEnd: string; datePrecision: DatePrecision })[]>`
      SELECT c.id, c.statementId, c.text, c.kind, c.value, c.unit, c.status, c.note, s.dateStart, s.dateEnd, s.datePrecision, s.dateSort
      FROM Claim c JOIN Statement s ON s.id = c.statementId
      WHERE c.statementId IN (SELECT value FROM json_each(${idList}))
      ORDER BY s.dateSort, s.id, c.position, c.id`,
    db.$queryRaw<(Omit<SourceUse, "statements" | "id"> & { id: bigint; n: bigint })[]>`
      SELECT so.id, so.title, so.url, so.outlet, so.kind, so.publishedOn, COUNT(*) AS n
      FROM StatementSource ss JOIN Source so ON so.id = ss.sourceId
      WHERE ss.statementId IN (SELECT value FROM json_each(${idList}))
      GROUP BY so.id`,
  ]);
  const sources = sourceRows.map(({ n, id, ...source }) => ({ ...source, id: Number(id), statements: Number(n) }));
  return {
    claims: claims.map(({ dateStart, dateEnd, datePrecision, id, statementId, ...claim }) => ({
      ...claim,
      id: Number(id),
      statementId: Number(statementId),
      dateLabel: formatInterval({ start: dateStart, end: dateEnd, precision: datePrecision }),
    })),
    sources: sources.sort((a, b) => b.statements - a.statements || a.title.localeCompare(b.title)),
  };
}

/** Numeric claims grouped by unit, where a unit has at least two values to draw as a series. */
export function numericSeries(claims: TopicClaim[]): { unit: string; points: TopicClaim[] }[] {
  const byUnit = new Map<string, TopicClaim[]>();
  for (const claim of claims) {
    if (claim.value === null || !claim.unit) continue;
    const unit = claim.unit.trim();
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), claim]);
  }
  return [...byUnit].filter(([, points]) => points.length >= 2).map(([unit, points]) => ({ unit, points }));
}

/** For /topics: every topic with its statement count and its main speaker's latest stance. */
export function topicsOverview() {
  return cachedByDataVersion("topics-overview", computeTopicsOverview);
}

async function computeTopicsOverview() {
  const topics = await db.topic.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, proposition: true }, orderBy: { name: "asc" } });
  const counts = await db.$queryRaw<{ topicId: bigint; n: bigint }[]>`
    SELECT st.topicId, COUNT(*) AS n FROM Stance st JOIN Statement s ON s.id = st.statementId
    WHERE ${readerVisibleSql()} GROUP BY st.topicId`;
  const countBy = new Map(counts.map((c) => [Number(c.topicId), Number(c.n)]));
  return Promise.all(
    topics.map(async (topic) => {
      const main = (await speakersOnTopic(topic.id))[0] ?? null;
      const latest = main
        ? await db.stance.findFirst({
            where: { topicId: topic.id, stance: { not: "NOT_STATED" }, statement: { ...readerVisible, speaker: { slug: main.slug } } },
            select: { stance: true, statement: { select: { dateStart: true, dateEnd: true, datePrecision: true } } },
            orderBy: [{ statement: { dateSort: "desc" } }, { statementId: "desc" }],
          })
        : null;
      return {
        ...topic,
        statementCount: countBy.get(topic.id) ?? 0,
        mainSpeaker: main,
        latest: latest
          ? { stance: latest.stance as Stance, dateLabel: formatInterval({ start: latest.statement.dateStart, end: latest.statement.dateEnd, precision: latest.statement.datePrecision }) }
          : null,
      };
    }),
  );
}
