import "server-only";
// A topic view as it stood on a past day: the speakers who had spoken on it then, one speaker's
// position and stance points from the statements as then recorded, and the PDF dossier of it.
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { formatInterval } from "@/lib/dates/precision";
import type { DossierSource, DossierStatement, TopicDossier } from "@/lib/pdf/dossier";
import { stanceChartModel } from "@/lib/stances/chart-model";
import { CHANGE_KIND_LABEL, changesByStatement, positionHeadline, positionHistory, positionLabel } from "@/lib/stances/positions";
import { HEDGING_LABEL, STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { activeFilters, emptyFilters, filtersToSearchParams, type TimelineFilters } from "@/lib/statements/filters";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import type { LabelledStancePoint } from "@/lib/topics/positions";
import { db } from "@/lib/db/client";
import { linksBesideChanges, statementLinkLines, topicLinkNotes, type LinkEnd, type TopicRelation } from "@/lib/relations/topic-links";
import { misreportOf } from "@/lib/renderings/compare";
import { excerpt } from "@/lib/text/excerpt";
import { asOfLabel, withAsOf } from "./as-of-date";
import { allStatementsAsOf, datasetRevisionAsOf, statementsAsOf, type AsOfStatement } from "./queries";
import { linesOf, parseLinkLine } from "./reconstruct";

/** Speakers with statements on the topic on the day, most statements first (as the topic page lists them today). */
export function speakersAsOf(statements: AsOfStatement[]): { slug: string; name: string; count: number }[] {
  const bySlug = new Map<string, { slug: string; name: string; count: number }>();
  for (const s of statements) {
    if (!s.speaker.slug) continue;
    const entry = bySlug.get(s.speaker.slug) ?? { slug: s.speaker.slug, name: s.speaker.name, count: 0 };
    entry.count += 1;
    bySlug.set(s.speaker.slug, entry);
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One speaker's stances on the topic as recorded on the day, oldest first. */
export function stancePointsAsOf(statements: AsOfStatement[], topicSlug: string, speakerSlug: string): LabelledStancePoint[] {
  return statements.flatMap((s) => {
    const onTopic = s.topics.find((t) => t.slug === topicSlug);
    if (!onTopic || !s.date || s.speaker.slug !== speakerSlug) return [];
    return [
      {
        statementId: s.id,
        start: s.date.start,
        end: s.date.end,
        precision: s.date.precision,
        eventId: s.eventId,
        stance: onTopic.stance,
        dateLabel: formatInterval(s.date),
        text: s.text,
        kind: s.kind,
      },
    ];
  });
}

/** The whole topic as it stood on the day, and the speaker the view shows. */
export async function topicRecordAsOf(topicSlug: string, requestedSpeaker: string | null, day: string) {
  const { entries } = await allStatementsAsOf({ ...emptyFilters, topics: [topicSlug] }, day);
  const speakers = speakersAsOf(entries);
  const speaker = speakers.find((s) => s.slug === requestedSpeaker) ?? speakers[0] ?? null;
  return { statements: entries, speakers, speaker, points: speaker ? stancePointsAsOf(entries, topicSlug, speaker.slug) : [] };
}

const linkEnd = (s: AsOfStatement): LinkEnd => ({
  id: s.id,
  speakerName: s.speaker.name,
  dateLabel: s.dateLabel,
  excerpt: excerpt(s.text, 120),
});

const recordedLinks = (s: AsOfStatement): TopicRelation[] =>
  linesOf(s.otherFields.find((f) => f.field === "links")?.lines).flatMap((line) => {
    const link = parseLinkLine(line);
    return link ? [{ fromId: s.id, toId: link.toId, type: link.type, note: link.note }] : [];
  });

/**
 * The links touching a speaker's record on the topic as recorded on the day: a link is recorded in
 * its `from` statement's history, so they are read from the topic's statements as they stood, and
 * from the statements outside the topic that link into the record today, as they stood. (A link
 * from outside the topic removed since the day is not found.) Only links whose two ends readers
 * could see on the day are kept.
 */
export async function topicLinksAsOf(
  statements: AsOfStatement[],
  recordIds: number[],
  day: string,
): Promise<{ relations: TopicRelation[]; ends: Map<number, LinkEnd> }> {
  const record = new Set(recordIds);
  const known = new Map(statements.map((s) => [s.id, s]));
  const incomingNow: { fromId: number }[] = [];
  for (let start = 0; start < recordIds.length; start += 500) {
    const chunk = recordIds.slice(start, start + 500);
    incomingNow.push(...(await db.statementRelation.findMany({ where: { toId: { in: chunk } }, select: { fromId: true } })));
  }
  const outsiders = [...new Set(incomingNow.map((r) => r.fromId))].filter((id) => !known.has(id));
  for (const s of await statementsAsOf(outsiders, day)) known.set(s.id, s);
  const relations = [...known.values()].flatMap(recordedLinks).filter((r) => record.has(r.fromId) || record.has(r.toId));
  const targets = [...new Set(relations.map((r) => r.toId))].filter((id) => !known.has(id));
  for (const s of await statementsAsOf(targets, day)) known.set(s.id, s);
  const ends = new Map<number, LinkEnd>();
  for (const r of relations) for (const id of [r.fromId, r.toId]) if (known.has(id)) ends.set(id, linkEnd(known.get(id)!));
  return { relations: relations.filter((r) => ends.has(r.fromId) && ends.has(r.toId)), ends };
}

const generatedFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** The PDF dossier of a topic view as it stood on the day: the same document, saying so at its head. */
export async function buildTopicDossierAsOf(
  topic: { slug: string; name: string; proposition: string; description: string },
  filters: TimelineFilters,
  day: string,
  { baseUrl, now = new Date() }: { baseUrl: string; now?: Date },
): Promise<TopicDossier> {
  const base = baseUrl.replace(/\/+$/, "");
  const [record, revision] = await Promise.all([topicRecordAsOf(topic.slug, filters.speakers[0] ?? null, day), datasetRevisionAsOf(day)]);
  const { speaker, points } = record;
  const view: TimelineFilters = { ...filters, topics: [topic.slug], speakers: speaker ? [speaker.slug] : [], order: "oldest", page: 1 };
  const query = filtersToSearchParams({ ...filters, topics: [], speakers: view.speakers, page: 1 }).toString();
  const todayUrl = `${base}/topics/${topic.slug}${query ? `?${query}` : ""}`;
  const history = positionHistory(points);
  const changeById = changesByStatement(history);
  const current = history.current;
  const { entries } = speaker ? await allStatementsAsOf(view, day) : { entries: [] };
  const { relations, ends } = speaker
    ? await topicLinksAsOf(record.statements, [...new Set(points.map((p) => p.statementId))], day)
    : { relations: [], ends: new Map<number, LinkEnd>() };
  const besideChanges = linksBesideChanges(topicLinkNotes(history, relations, ends, speaker?.name ?? ""));

  const sources = new Map<string, DossierSource>();
  const statements = entries.map((s): DossierStatement => {
    const onTopic = s.topics.find((t) => t.slug === topic.slug) ?? null;
    const shift = changeById.get(s.id);
    return {
      id: s.id,
      dateLabel: s.dateLabel,
      kind: s.kind,
      text: s.text,
      roleThen: null,
      occasion: s.event,
      stance: onTopic?.stance ?? null,
      stanceLabel: onTopic ? STANCE_LABEL[onTopic.stance] : null,
      hedgingLabel: onTopic?.hedging ? HEDGING_LABEL[onTopic.hedging] : null,
      shift: shift
        ? { kindLabel: CHANGE_KIND_LABEL[shift.kind], fromLabel: positionLabel(shift.from ?? []), toLabel: positionLabel(shift.to) }
        : null,
      claims: s.claims.map((c) => ({
        text: c.line,
        status: c.status ?? "UNVERIFIED",
        statusLabel: c.status ? CLAIM_STATUS_LABEL[c.status] : "",
        note: "",
      })),
      citations: s.sources.map((source) => {
        let entry = sources.get(source.label);
        if (!entry) {
          entry = {
            number: sources.size + 1,
            title: source.label,
            outlet: "",
            kindLabel: source.kind ? (SOURCE_KIND_LABEL[source.kind as SourceKindValue] ?? source.kind) : "",
            publishedLabel: null,
            url: source.url,
            statementCount: 0,
          };
          sources.set(source.label, entry);
        }
        entry.statementCount++;
        const misreport = misreportOf(s.text, source.rendering);
        return { sourceNumber: entry.number, locator: null, ...(misreport ? { misreport } : {}) };
      }),
      links: statementLinkLines(s.id, relations, ends),
      permalink: withAsOf(`${base}/statements/${s.id}`, day),
    };
  });

  return {
    topic,
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    filters: activeFilters(view, {
      speaker: (slug) => slug,
      topic: (slug) => slug,
      stance: (value) => STANCE_LABEL[value as Stance],
      sourceKind: (value) => SOURCE_KIND_LABEL[value as SourceKindValue],
      claimStatus: (value) => CLAIM_STATUS_LABEL[value as ClaimStatusValue].toLowerCase(),
    })
      .filter((chip) => !chip.key.startsWith("topic:") && !chip.key.startsWith("speaker:"))
      .map((chip) => chip.label),
    generatedAt: now.toISOString(),
    generatedLabel: `${generatedFormat.format(now)} UTC`,
    datasetVersion: `Revision #${revision}, the latest change recorded by then`,
    liveUrl: withAsOf(todayUrl, day),
    asOf: { label: asOfLabel(day), todayUrl },
    position: current && {
      stances: current.stances,
      stanceLabel: positionLabel(current.stances),
      sinceLabel: current.since.dateLabel,
      latestLabel: current.latest.dateLabel,
      sinceIsLatest: current.since.key === current.latest.key,
      headline: positionHeadline(history) ?? "",
    },
    recordCount: history.statementCount,
    occasionCount: history.occasions.length,
    reversals: history.reversals,
    shifts: history.changes.flatMap((change) =>
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
    ),
    chart: stanceChartModel(history, relations),
    statements,
    sources: [...sources.values()],
  };
}
