import "server-only";
import { db } from "@/lib/db/client";
import { publicStatementsByIds, statementKeys } from "@/lib/export/load";
import type { PublicStatement } from "@/lib/export/schema";
import { feedPath } from "@/lib/feeds/feeds";
import { decodeCursor, encodeCursor } from "./cursor";
import { ApiError } from "./errors";
import { parseStatementListQuery } from "./params";
import type { SpeakerList, StatementPage, TopicList } from "./schemas";
import { configuredOrigin } from "@/lib/http/origin";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";

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
