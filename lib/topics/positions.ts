import "server-only";
import { cache } from "react";
import { cachedByTags } from "@/lib/cache/data-version";
import { viewTags } from "@/lib/cache/filter-tags";
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { formatInterval, type DatePrecision } from "@/lib/dates/precision";
import type { Stance } from "@/lib/stances/scale";
import { positionHeadline, positionHistory, positionLabel, type StanceRecord } from "@/lib/stances/positions";
import { statementSetKey, type TimelineFilters } from "@/lib/statements/filters";
import { matchingStatementIds } from "@/lib/statements/timeline";
import { currentFacetIndex, currentFacetIndexLoad } from "@/lib/statements/live-facet-index";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";

/** A topic by its slug; asked by a page and its metadata, so read once per request. */
export const findTopic = cache(async (slug: string) =>
  db.topic.findFirst({
    where: { slug, deletedAt: null },
    select: { id: true, slug: true, name: true, description: true, proposition: true },
  }),
);

/** Speakers with published statements on the topic, most statements first (counted on the facet index). */
export async function speakersOnTopic(topicId: number): Promise<{ slug: string; name: string; count: number }[]> {
  const index = await currentFacetIndex();
  return index.speakersOnTopic(topicId).map((s) => ({ slug: s.value, name: s.label, count: s.count }));
}

export interface LabelledStancePoint extends StanceRecord {
  dateLabel: string;
  text: string;
  kind: "QUOTE" | "PARAPHRASE";
}

/** Every published stance of one speaker on one topic (the whole record, not only the filtered view). */
export function stancePoints(topicId: number, speakerSlug: string): Promise<LabelledStancePoint[]> {
  return cachedByTags([`topic:${topicId}`], `topic-points:${topicId}:${speakerSlug}`, () => readStancePoints(topicId, speakerSlug));
}

async function readStancePoints(topicId: number, speakerSlug: string): Promise<LabelledStancePoint[]> {
  const rows = await db.stance.findMany({
    where: { topicId, statement: { ...readerVisible, speaker: { slug: speakerSlug } } },
    select: {
      stance: true,
      statement: { select: { id: true, dateStart: true, dateEnd: true, datePrecision: true, eventId: true, text: true, kind: true } },
    },
    orderBy: [{ statement: { dateSort: "asc" } }, { statement: { dateStart: "asc" } }, { statementId: "asc" }],
  });
  return rows.map(({ stance, statement: s }) => ({
    statementId: s.id,
    start: s.dateStart,
    end: s.dateEnd,
    precision: s.datePrecision,
    eventId: s.eventId,
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

/**
 * Claims and sources of the statements in the view (the filters as the reader set them), kept
 * until one of the view's topics or speakers changes (viewTags).
 */
export async function viewDetails(filters: TimelineFilters): Promise<{ claims: TopicClaim[]; sources: SourceUse[] }> {
  return cachedByTags(await viewTags(filters), `view-details:${statementSetKey(filters)}`, () => readViewDetails(filters));
}

async function readViewDetails(filters: TimelineFilters): Promise<{ claims: TopicClaim[]; sources: SourceUse[] }> {
  const ids = await matchingStatementIds({ ...filters, order: "oldest", page: 1 });
  if (ids.length === 0) return { claims: [], sources: [] };
  // The ids go in as one JSON parameter: a view can hold more statements than SQLite takes
  // bound parameters in an IN list.
  const idList = JSON.stringify(ids);
  const [claims, sourceRows] = await Promise.all([
    db.$queryRaw<
      (Omit<TopicClaim, "dateLabel" | "id" | "statementId"> & {
        id: bigint;
        statementId: bigint;
        dateStart: string;
        dateEnd: string;
        datePrecision: DatePrecision;
      })[]
    >`
      SELECT c."id" AS id, c."statementId" AS "statementId", c."text" AS text, c."kind" AS kind, c."value" AS value, c."unit" AS unit,
        c."status" AS status, c."note" AS note, s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd",
        s."datePrecision" AS "datePrecision", s."dateSort" AS "dateSort"
      FROM "Claim" c JOIN "Statement" s ON s."id" = c."statementId"
      WHERE c."statementId" IN (${dialect().idsFromJson(idList)})
      ORDER BY s."dateSort", s."id", c."position", c."id"`,
    db.$queryRaw<(Omit<SourceUse, "statements" | "id"> & { id: bigint; n: bigint })[]>`
      SELECT so."id" AS id, so."title" AS title, so."url" AS url, so."outlet" AS outlet, so."kind" AS kind,
        so."publishedOn" AS "publishedOn", COUNT(*) AS n
      FROM "StatementSource" ss JOIN "Source" so ON so."id" = ss."sourceId"
      WHERE ss."statementId" IN (${dialect().idsFromJson(idList)})
      GROUP BY so."id"`,
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

/**
 * For /topics: every topic with its statement count and its main speaker's latest stance, kept
 * until a statement changes. Counted in one pass over the facet index (which catches up with every
 * write when read), and the stances come from each topic's own cached points, so a write
 * recomputes only what it touched; counting in SQL and once per topic on the index made each
 * recomputation cost about 330 ms at 100,000 statements.
 */
export async function topicsOverview() {
  // Which load of the index it was counted on: a write made without a revision (a script) is
  // caught by rebuilding the index, and the overview of the rebuilt index is counted anew.
  const { load } = await currentFacetIndexLoad();
  return cachedByTags(["statements"], `topics-overview:${load}`, async () => {
    // Asked again inside: the index must have caught up with every write before the version this
    // value is kept under was read, and one read before it may have missed a write in between.
    const [topics, index] = await Promise.all([
      db.topic.findMany({
        where: { deletedAt: null },
        select: { id: true, slug: true, name: true, proposition: true },
        orderBy: { name: "asc" },
      }),
      currentFacetIndex(),
    ]);
    const summary = index.topicsSummary();
    return Promise.all(
      topics.map(async (topic) => {
        const onTopic = summary.get(topic.id);
        const first = onTopic?.speakers[0];
        const main = first ? { slug: first.value, name: first.label, count: first.count } : null;
        const current = main ? positionHistory(await stancePoints(topic.id, main.slug)).current : null;
        return {
          ...topic,
          statementCount: onTopic?.count ?? 0,
          mainSpeaker: main,
          current: current ? { stances: current.stances, label: positionLabel(current.stances), since: current.since.dateLabel } : null,
        };
      }),
    );
  });
}

export interface TopicPosition {
  stances: Stance[];
  sinceLabel: string;
  sinceStatementId: number;
  headline: string;
}

/** A speaker's current position on every topic they spoke on, keyed by topic slug (the speaker page). */
export function speakerPositions(speakerId: number): Promise<Map<string, TopicPosition>> {
  return cachedByTags([`speaker:${speakerId}`], `speaker-positions:${speakerId}`, async () => {
    const rows = await db.$queryRaw<
      {
        slug: string;
        statementId: bigint | number;
        dateStart: string;
        dateEnd: string;
        datePrecision: DatePrecision;
        eventId: bigint | number | null;
        stance: Stance;
      }[]
    >`
      SELECT t."slug" AS slug, s."id" AS "statementId", s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd",
        s."datePrecision" AS "datePrecision", s."eventId" AS "eventId", st."stance" AS stance
      FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId" JOIN "Topic" t ON t."id" = st."topicId"
      WHERE s."speakerId" = ${speakerId} AND ${readerVisibleSql()} AND t."deletedAt" IS NULL`;
    const byTopic = new Map<string, StanceRecord[]>();
    for (const row of rows) {
      const record: StanceRecord = {
        statementId: Number(row.statementId),
        start: row.dateStart,
        end: row.dateEnd,
        precision: row.datePrecision,
        eventId: row.eventId === null ? null : Number(row.eventId),
        stance: row.stance,
      };
      byTopic.set(row.slug, [...(byTopic.get(row.slug) ?? []), record]);
    }
    const positions = new Map<string, TopicPosition>();
    for (const [slug, records] of byTopic) {
      const history = positionHistory(records);
      if (!history.current) continue;
      positions.set(slug, {
        stances: history.current.stances,
        sinceLabel: history.current.since.dateLabel,
        sinceStatementId: history.current.since.statements[0]!.statementId,
        headline: positionHeadline(history) ?? "",
      });
    }
    return positions;
  });
}
