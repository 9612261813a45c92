import "server-only";
import { cachedAggregate } from "@/lib/cache/aggregates";
import { db } from "@/lib/db/client";
import { summariesByIds } from "@/lib/statements/queries";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";

/**
 * A speaker's public page: roles, topics (positions: lib/topics/positions.ts), recent statements. It reads
 * every stance of the speaker, so it is computed once per data version and shared by readers.
 */
export function speakerProfile(slug: string) {
  return cachedAggregate(`speaker-profile:${slug}`, () => readSpeakerProfile(slug));
}

async function readSpeakerProfile(slug: string) {
  const person = await db.person.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      roles: { select: { title: true, organisation: true, startDate: true, endDate: true }, orderBy: [{ startDate: "desc" }] },
    },
  });
  if (!person) return null;

  const [topicRows, recentIds, total] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; n: bigint }[]>`
      SELECT t."slug" AS slug, t."name" AS name, COUNT(*) AS n FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId"
      JOIN "Topic" t ON t."id" = st."topicId"
      WHERE s."speakerId" = ${person.id} AND ${readerVisibleSql()} AND t."deletedAt" IS NULL
      GROUP BY t."id" ORDER BY n DESC, t."name"`,
    db.statement.findMany({
      where: { speakerId: person.id, ...readerVisible },
      select: { id: true },
      orderBy: [{ dateSort: "desc" }, { id: "desc" }],
      take: 10,
    }),
    db.statement.count({ where: { speakerId: person.id, ...readerVisible } }),
  ]);

  return {
    ...person,
    aliases: person.aliases.map((a) => a.alias),
    statementCount: total,
    topics: topicRows.map((t) => ({ slug: t.slug, name: t.name, count: Number(t.n) })),
    recent: await summariesByIds(recentIds.map((r) => r.id)),
  };
}

export async function speakersIndex() {
  const rows = await db.$queryRaw<{ slug: string; name: string; description: string; n: bigint }[]>`
    SELECT p."slug" AS slug, p."name" AS name, p."description" AS description, COUNT(s."id") AS n FROM "Person" p
    LEFT JOIN "Statement" s ON s."speakerId" = p."id" AND ${readerVisibleSql()}
    WHERE p."deletedAt" IS NULL GROUP BY p."id" ORDER BY n DESC, p."name"`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, description: r.description, count: Number(r.n) }));
}
