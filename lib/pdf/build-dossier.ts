import "server-only";
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { db } from "@/lib/db/client";
import { formatDay, formatInterval, type DatePrecision } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { stanceChartModel } from "@/lib/stances/chart-model";
import { CHANGE_KIND_LABEL, changesByStatement, positionHeadline, positionHistory, positionLabel } from "@/lib/stances/positions";
import { HEDGING_LABEL, STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { activeFilters, filtersToSearchParams, type TimelineFilters } from "@/lib/statements/filters";
import { summariesByIds } from "@/lib/statements/queries";
import { countStatements, matchingStatementIds } from "@/lib/statements/timeline";
import { findTopic, speakersOnTopic, type LabelledStancePoint } from "@/lib/topics/positions";
import { misreportOf } from "@/lib/renderings/compare";
import type { DossierSource, DossierStatement, TopicDossier } from "./dossier";
import { readerVisibleSql } from "@/lib/statements/visibility";
import { readerLinksWithEnds } from "@/lib/relations/queries";
import { linksBesideChanges, statementLinkLines, topicLinkNotes } from "@/lib/relations/topic-links";

/** More statements than this make a PDF too slow and too long to be useful; the reader narrows the view. */
export const MAX_DOSSIER_STATEMENTS = 2000;

export class DossierTooLargeError extends Error {
  constructor(readonly total: number) {
    super(
      `This view has ${total.toLocaleString("en-GB")} statements; a PDF can hold at most ${MAX_DOSSIER_STATEMENTS.toLocaleString("en-GB")}.`,
    );
  }
}

/** Lets other requests run: queries through better-sqlite3 never leave the event loop otherwise. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a query for a long list of ids in slices, in order, yielding between them. SQLite takes at
 * most 999 bound parameters in one statement, and reading a thousand statements in one go would
 * hold up every other request for a quarter of a second.
 */
async function inChunks<T>(ids: number[], query: (chunk: number[]) => Promise<T[]>, size = 50): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < ids.length; i += size) {
    await yieldToEventLoop();
    results.push(...(await query(ids.slice(i, i + size))));
  }
  return results;
}

const generatedFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** The speaker the topic page shows for these filters: the requested one, else the most quoted. */
async function viewSpeaker(topicId: number, requested: string | undefined) {
  const speakers = await speakersOnTopic(topicId);
  return speakers.find((s) => s.slug === requested) ?? speakers[0] ?? null;
}

/**
 * The speaker's whole record on the topic: the rows stancePoints (lib/topics/positions.ts) reads
 * for the topic page, read flat. Prisma's nested read of a thousand statements kept the event
 * loop busy for 80–170 ms; this one takes a few.
 */
async function recordPoints(topicId: number, speakerSlug: string): Promise<Omit<LabelledStancePoint, "text" | "kind">[]> {
  const rows = await db.$queryRaw<
    {
      id: bigint | number;
      dateStart: string;
      dateEnd: string;
      datePrecision: DatePrecision;
      eventId: bigint | number | null;
      stance: Stance;
    }[]
  >`
    SELECT s."id" AS id, s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd", s."datePrecision" AS "datePrecision",
      s."eventId" AS "eventId", st."stance" AS stance
    FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId" JOIN "Person" p ON p."id" = s."speakerId"
    WHERE st."topicId" = ${topicId} AND ${readerVisibleSql()} AND p."slug" = ${speakerSlug}
    ORDER BY s."dateSort" ASC, s."dateStart" ASC, s."id" ASC`;
  return rows.map((row) => ({
    statementId: Number(row.id),
    start: row.dateStart,
    end: row.dateEnd,
    precision: row.datePrecision,
    eventId: row.eventId === null ? null : Number(row.eventId),
    stance: row.stance,
    dateLabel: formatInterval({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision }),
  }));
}

async function datasetVersion(): Promise<string> {
  const [revision, edit] = await Promise.all([
    db.revision.findFirst({ select: { id: true, createdAt: true }, orderBy: { id: "desc" } }),
    db.statement.aggregate({ _max: { updatedAt: true } }),
  ]);
  if (revision) return `Revision #${revision.id}, ${generatedFormat.format(revision.createdAt)} UTC`;
  const updated = edit._max.updatedAt;
  return updated ? `No revisions recorded; latest edit ${generatedFormat.format(updated)} UTC` : "Empty database";
}

/**
 * Everything the PDF of a topic view shows, queried here so the render worker needs no database.
 * Mirrors the topic page: the filters come from its URL, the speaker is the page's speaker, the
 * position summary and chart cover the speaker's whole record, the statements only the view.
 * Returns null for an unknown topic.
 */
export async function buildTopicDossier(
  filters: TimelineFilters,
  topicSlug: string,
  { baseUrl, now = new Date() }: { baseUrl: string; now?: Date },
): Promise<TopicDossier | null> {
  const topic = await findTopic(topicSlug);
  if (!topic) return null;
  const base = baseUrl.replace(/\/+$/, "");
  await yieldToEventLoop();
  const speaker = await viewSpeaker(topic.id, filters.speakers[0]);
  await yieldToEventLoop();
  const version = await datasetVersion();
  const view: TimelineFilters = { ...filters, topics: [topic.slug], speakers: speaker ? [speaker.slug] : [], order: "oldest", page: 1 };
  const query = filtersToSearchParams({ ...filters, topics: [], speakers: view.speakers, page: 1 }).toString();

  const wording = activeFilters(view, {
    speaker: (slug) => slug,
    topic: (slug) => slug,
    stance: (value) => STANCE_LABEL[value as Stance],
    sourceKind: (value) => SOURCE_KIND_LABEL[value as SourceKindValue],
    claimStatus: (value) => CLAIM_STATUS_LABEL[value as ClaimStatusValue].toLowerCase(),
  })
    .filter((chip) => !chip.key.startsWith("topic:") && !chip.key.startsWith("speaker:"))
    .map((chip) => chip.label);

  const dossier: TopicDossier = {
    topic: { slug: topic.slug, name: topic.name, proposition: topic.proposition, description: topic.description },
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    filters: wording,
    generatedAt: now.toISOString(),
    generatedLabel: `${generatedFormat.format(now)} UTC`,
    datasetVersion: version,
    liveUrl: `${base}/topics/${topic.slug}${query ? `?${query}` : ""}`,
    position: null,
    recordCount: 0,
    occasionCount: 0,
    reversals: 0,
    shifts: [],
    chart: null,
    statements: [],
    sources: [],
  };
  if (!speaker) return dossier;

  await yieldToEventLoop();
  const total = await countStatements(view);
  if (total > MAX_DOSSIER_STATEMENTS) throw new DossierTooLargeError(total);

  await yieldToEventLoop();
  const points = await recordPoints(topic.id, speaker.slug);
  await yieldToEventLoop();
  const ids = await matchingStatementIds(view, MAX_DOSSIER_STATEMENTS);
  const history = positionHistory(points);
  const changeById = changesByStatement(history);
  const current = history.current;
  await yieldToEventLoop();
  // The view's statements are part of the speaker's record: the record's links cover them.
  const { relations, ends } = await readerLinksWithEnds(db, [...new Set(points.map((p) => p.statementId))]);
  const besideChanges = linksBesideChanges(topicLinkNotes(history, relations, ends, speaker.name));
  dossier.recordCount = history.statementCount;
  dossier.occasionCount = history.occasions.length;
  dossier.reversals = history.reversals;
  dossier.position = current && {
    stances: current.stances,
    stanceLabel: positionLabel(current.stances),
    sinceLabel: current.since.dateLabel,
    latestLabel: current.latest.dateLabel,
    sinceIsLatest: current.since.key === current.latest.key,
    headline: positionHeadline(history) ?? "",
  };
  dossier.shifts = history.changes.flatMap((change) =>
    change.kind === "FIRST"
      ? []
      : [
          {
            statementId: change.statementIds[0]!,
            dateLabel: change.occasion.dateLabel,
            kind: change.kind,
            kindLabel: CHANGE_KIND_LABEL[change.kind],
            from: change.from ?? [],
            to: change.to,
            fromLabel: positionLabel(change.from ?? []),
            toLabel: positionLabel(change.to),
            links: besideChanges.get(change.occasion.key) ?? [],
          },
        ],
  );
  dossier.chart = stanceChartModel(history, relations);

  const summaries = await inChunks(ids, (chunk) => summariesByIds(chunk));
  const claims = await inChunks(
    ids,
    (chunk) =>
      db.claim.findMany({
        where: { statementId: { in: chunk } },
        select: { statementId: true, text: true, status: true, note: true },
        orderBy: [{ statementId: "asc" }, { position: "asc" }],
      }),
    200,
  );
  const links = await inChunks(
    ids,
    (chunk) =>
      db.statementSource.findMany({
        where: { statementId: { in: chunk } },
        select: { statementId: true, sourceId: true, page: true, timestamp: true, rendering: true },
      }),
    200,
  );
  const claimsBy = new Map<number, typeof claims>();
  for (const claim of claims) {
    const list = claimsBy.get(claim.statementId) ?? [];
    list.push(claim);
    claimsBy.set(claim.statementId, list);
  }
  const locators = new Map(
    links.map((l) => [
      `${l.statementId}:${l.sourceId}`,
      [l.page && `p. ${l.page}`, l.timestamp && `at ${l.timestamp}`].filter(Boolean).join(", ") || null,
    ]),
  );

  const renderings = new Map<string, string>(links.flatMap((l) => (l.rendering ? [[`${l.statementId}:${l.sourceId}`, l.rendering]] : [])));

  // Sources are numbered in the order the dossier first cites them.
  const sources = new Map<number, DossierSource>();
  dossier.statements = summaries.map((s): DossierStatement => {
    const onTopic = s.topics.find((t) => t.slug === topic.slug) ?? null;
    const shift = changeById.get(s.id);
    return {
      id: s.id,
      dateLabel: s.dateLabel,
      kind: s.kind,
      text: s.text,
      roleThen: s.speaker.roleThen,
      occasion: s.event
        ? `${EVENT_KIND_LABEL[s.event.kind as EventKindValue] ?? s.event.kind}: ${s.event.name}${s.event.location ? `, ${s.event.location}` : ""}`
        : null,
      stance: onTopic?.stance ?? null,
      stanceLabel: onTopic ? STANCE_LABEL[onTopic.stance] : null,
      hedgingLabel: onTopic?.hedging ? HEDGING_LABEL[onTopic.hedging] : null,
      shift: shift
        ? { kindLabel: CHANGE_KIND_LABEL[shift.kind], fromLabel: positionLabel(shift.from ?? []), toLabel: positionLabel(shift.to) }
        : null,
      claims: (claimsBy.get(s.id) ?? []).map((c) => ({
        text: c.text,
        status: c.status,
        statusLabel: CLAIM_STATUS_LABEL[c.status],
        note: c.note,
      })),
      citations: s.sources.map((source) => {
        let entry = sources.get(source.id);
        if (!entry) {
          entry = {
            number: sources.size + 1,
            title: source.title,
            outlet: source.outlet,
            kindLabel: SOURCE_KIND_LABEL[source.kind as SourceKindValue] ?? source.kind,
            publishedLabel: source.publishedOn ? formatDay(source.publishedOn) : null,
            url: source.url,
            statementCount: 0,
          };
          sources.set(source.id, entry);
        }
        entry.statementCount++;
        const key = `${s.id}:${source.id}`;
        const misreported = misreportOf(s.text, renderings.get(key));
        return { sourceNumber: entry.number, locator: locators.get(key) ?? null, ...(misreported ? { misreport: misreported } : {}) };
      }),
      links: statementLinkLines(s.id, relations, ends),
      permalink: `${base}/statements/${s.id}`,
    };
  });
  dossier.sources = [...sources.values()];
  return dossier;
}
