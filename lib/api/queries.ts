import "server-only";
import { db } from "@/lib/db/client";
import { publicStatementsByIds, statementKeys } from "@/lib/export/load";
import type { PublicStatement } from "@/lib/export/schema";
import { feedPath } from "@/lib/feeds/feeds";
import { decodeCursor, encodeCursor } from "./cursor";
import { ApiError } from "./errors";
import { parseStatementListQuery } from "./params";
import type { SpeakerList, StatementPage, TopicList, TopicPositions } from "./schemas";
import { configuredOrigin } from "@/lib/http/origin";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import {
  CHANGE_KIND_LABEL,
  describeChange,
  positionHeadline,
  positionHistory,
  positionLabel,
  type Occasion,
} from "@/lib/stances/positions";
import { speakersOnTopic, stancePoints } from "@/lib/topics/positions";

/** GET /api/statements: one keyset page; asks for one more than the limit to know if more follow. */
export async function statementPage(url: URL): Promise<StatementPage> {
  const { filters, limit, cursor } = parseStatementListQuery(url.searchParams);
  const after = cursor ? decodeCursor(cursor, filters) : null;
  const keys = await statementKeys(filters, after, limit + 1);
  const page = keys.slice(0, limit);
  const nextCursor = keys.length > limit ? encodeCursor(filters, page.at(-1)!) : null;
  const next = new URL(url);
  if (nextCursor) next.searchParams.set("cursor", nextCursor);
  return {
    data: await publicStatementsByIds(
      page.map((k) => k.id),
      configuredOrigin() ?? url.origin,
    ),
    nextCursor,
    links: { self: url.toString(), next: nextCursor ? next.toString() : null },
  };
}

/** GET /api/statements/{id}: drafts are as unknown as ids never used; deleted ones are gone. */
export async function statementById(idText: string, origin: string): Promise<{ data: PublicStatement }> {
  if (!/^[1-9]\d{0,14}$/.test(idText)) throw new ApiError(400, "invalid_parameter", "A statement id is a positive whole number.", "id");
  const id = Number(idText);
  const row = await db.statement.findUnique({ where: { id }, select: { status: true, deletedAt: true } });
  if (!row || row.status !== readerVisible.status) throw new ApiError(404, "not_found", `There is no published statement ${id}.`);
  if (row.deletedAt) throw new ApiError(410, "gone", `Statement ${id} was withdrawn.`);
  const [statement] = await publicStatementsByIds([id], origin);
  if (!statement) throw new ApiError(404, "not_found", `There is no published statement ${id}.`);
  return { data: statement };
}

const links = (origin: string, kind: "topic" | "speaker", slug: string) => ({
  page: `${origin}/${kind}s/${slug}`,
  feed: `${origin}${feedPath({ kind, slug })}`,
  statements: `${origin}/api/statements?${kind}=${slug}`,
});

/** GET /api/topics: every topic that is not deleted, by name. */
export async function topicList(origin: string): Promise<TopicList> {
  const [topics, counts] = await Promise.all([
    db.topic.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, name: true, description: true, proposition: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.$queryRaw<{ topicId: bigint; n: bigint }[]>`SELECT st."topicId" AS "topicId", COUNT(*) AS n FROM "Stance" st
      JOIN "Statement" s ON s."id" = st."statementId" WHERE ${readerVisibleSql()} GROUP BY st."topicId"`,
  ]);
  const countOf = new Map(counts.map((c) => [Number(c.topicId), Number(c.n)]));
  return {
    data: topics.map(({ id, ...topic }) => ({ ...topic, statementCount: countOf.get(id) ?? 0, links: links(origin, "topic", topic.slug) })),
  };
}

/** GET /api/speakers: every speaker who is not deleted, by name, with aliases and roles over time. */
export async function speakerList(origin: string): Promise<SpeakerList> {
  const [people, counts] = await Promise.all([
    db.person.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
        roles: {
          select: { title: true, organisation: true, startDate: true, endDate: true },
          orderBy: [{ startDate: "asc" }, { id: "asc" }],
        },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.$queryRaw<{ speakerId: bigint; n: bigint }[]>`SELECT s."speakerId" AS "speakerId", COUNT(*) AS n FROM "Statement" s
      WHERE ${readerVisibleSql()} GROUP BY s."speakerId"`,
  ]);
  const countOf = new Map(counts.map((c) => [Number(c.speakerId), Number(c.n)]));
  return {
    data: people.map(({ id, aliases, ...person }) => ({
      ...person,
      aliases: aliases.map((a) => a.alias),
      statementCount: countOf.get(id) ?? 0,
      links: links(origin, "speaker", person.slug),
    })),
  };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const dateOf = (interval: DateInterval) => ({ ...interval, label: formatInterval(interval) });
const occasionDate = (o: Occasion) => dateOf({ start: o.start, end: o.end, precision: o.precision });

/**
 * GET /api/topics/{slug}/positions: each speaker's positions on the topic, from the same module
 * (lib/stances/positions.ts) as the topic page, the speaker page, the PDF and the analyst's notice.
 */
export async function topicPositions(slugText: string, url: URL, origin: string): Promise<TopicPositions> {
  for (const key of url.searchParams.keys()) {
    if (key !== "speaker") throw new ApiError(400, "unknown_parameter", `Unknown parameter "${key}".`, key);
  }
  const speakers = url.searchParams.getAll("speaker");
  if (speakers.length > 1) throw invalidSpeaker('"speaker" may be given once.');
  const speaker = speakers[0]?.trim().toLowerCase() || null;
  if (speaker !== null && !SLUG.test(speaker)) throw invalidSpeaker(`"${speakers[0]}" is not a valid speaker: expected a speaker's slug.`);
  const slug = slugText.toLowerCase();
  const topic = SLUG.test(slug)
    ? await db.topic.findFirst({ where: { slug, deletedAt: null }, select: { id: true, slug: true, name: true, proposition: true } })
    : null;
  if (!topic) throw new ApiError(404, "not_found", `There is no topic "${slugText.slice(0, 100)}".`);

  const onTopic = (await speakersOnTopic(topic.id)).filter((s) => speaker === null || s.slug === speaker);
  const data = await Promise.all(
    onTopic.map(async ({ slug: speakerSlug, name }) => {
      const history = positionHistory(await stancePoints(topic.id, speakerSlug));
      return {
        speaker: { slug: speakerSlug, name, url: `${origin}/speakers/${speakerSlug}` },
        statementCount: history.statementCount,
        headline: positionHeadline(history),
        current: history.current
          ? {
              position: history.current.stances,
              positionLabel: positionLabel(history.current.stances),
              since: occasionDate(history.current.since),
            }
          : null,
        reversals: history.reversals,
        occasions: history.occasions.map((o) => ({
          date: occasionDate(o),
          exact: o.exact,
          position: o.stances,
          positionLabel: positionLabel(o.stances),
          statements: o.statements.map((s) => ({ id: s.statementId, url: `${origin}/statements/${s.statementId}`, stance: s.stance })),
        })),
        changes: history.changes.map((c) => ({
          kind: c.kind,
          kindLabel: CHANGE_KIND_LABEL[c.kind],
          description: describeChange(c),
          from: c.from,
          to: c.to,
          date: occasionDate(c.occasion),
          statementIds: c.statementIds,
        })),
        unordered: history.unordered.map((u) => ({ date: occasionDate(u.occasion), position: u.occasion.stances, standing: u.standing })),
      };
    }),
  );
  return {
    topic: { slug: topic.slug, name: topic.name, proposition: topic.proposition, url: `${origin}/topics/${topic.slug}` },
    data,
  };
}

const invalidSpeaker = (message: string) => new ApiError(400, "invalid_parameter", message, "speaker");
