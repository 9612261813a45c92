import "server-only";
import { cachedAggregate } from "@/lib/cache/aggregates";
import { db } from "@/lib/db/client";
import { formatInterval } from "@/lib/dates/precision";
import type { Stance } from "@/lib/stances/scale";
import { summariesByIds } from "@/lib/statements/queries";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";

/**
 * A speaker's public page: roles, topics with the latest stated stance, recent statements. It reads
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

  const [topicRows, latestRows, recentIds, total] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; n: bigint }[]>`
      SELECT t.slug, t.name, COUNT(*) AS n FROM Stance st JOIN Statement s ON s.id = st.statementId JOIN Topic t ON t.id = st.topicId
      WHERE s.speakerId = ${person.id} AND ${readerVisibleSql()} AND t.deletedAt IS NULL
      GROUP BY t.id ORDER BY n DESC, t.name`,
    // The latest stated stance per topic: the row with the greatest date among the speaker's stances.
    db.$queryRaw<{ slug: string; stance: string; dateStart: string; dateEnd: string; datePrecision: string; statementId: bigint }[]>`
      SELECT t.slug, st.stance, s.dateStart, s.dateEnd, s.datePrecision, s.id AS statementId
      FROM Stance st JOIN Statement s ON s.id = st.statementId JOIN Topic t ON t.id = st.topicId
      WHERE s.speakerId = ${person.id} AND ${readerVisibleSql()} AND st.stance <> 'NOT_STATED'
      ORDER BY s.dateSort DESC, s.id DESC`,
    db.statement.findMany({
      where: { speakerId: person.id, ...readerVisible },
      select: { id: true },
      orderBy: [{ dateSort: "desc" }, { id: "desc" }],
      take: 10,
    }),
    db.statement.count({ where: { speakerId: person.id, ...readerVisible } }),
  ]);

  const latest = new Map<string, { stance: Stance; dateLabel: string; statementId: number }>();
  for (const row of latestRows) {
    if (latest.has(row.slug)) continue;
    latest.set(row.slug, {
      stance: row.stance as Stance,
      dateLabel: formatInterval({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision as never }),
      statementId: Number(row.statementId),
    });
  }
  return {
    ...person,
    aliases: person.aliases.map((a) => a.alias),
    statementCount: total,
    topics: topicRows.map((t) => ({ slug: t.slug, name: t.name, count: Number(t.n), latest: latest.get(t.slug) ?? null })),
    recent: await summariesByIds(recentIds.map((r) => r.id)),
  };
}

export async function speakersIndex() {
  const rows = await db.$queryRaw<{ slug: string; name: string; description: string; n: bigint }[]>`
    SELECT p.slug, p.name, p.description, COUNT(s.id) AS n FROM Person p
    LEFT JOIN Statement s ON s.speakerId = p.id AND ${readerVisibleSql()}
    WHERE p.deletedAt IS NULL GROUP BY p.id ORDER BY n DESC, p.name`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, description: r.description, count: Number(r.n) }));
}
