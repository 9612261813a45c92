import "server-only";
import { db } from "@/lib/db/client";
import { summariesByIds } from "@/lib/statements/queries";
import { currentFacetIndex } from "@/lib/statements/live-facet-index";
import { readerVisible } from "@/lib/statements/visibility";

/**
 * A speaker's public page: roles, topics (positions: lib/topics/positions.ts), recent statements.
 * The counts come from the facet index, the rest from a few indexed reads: nothing to recompute
 * after a write.
 */
export async function speakerProfile(slug: string) {
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

  const [index, recentIds] = await Promise.all([
    currentFacetIndex(),
    db.statement.findMany({
      where: { speakerId: person.id, ...readerVisible },
      select: { id: true },
      orderBy: [{ dateSort: "desc" }, { id: "desc" }],
      take: 10,
    }),
  ]);
  const { count, topics } = index.speakerSummary(person.id);

  return {
    ...person,
    aliases: person.aliases.map((a) => a.alias),
    statementCount: count,
    topics: topics.map((t) => ({ slug: t.value, name: t.label, count: t.count })),
    recent: await summariesByIds(recentIds.map((r) => r.id)),
  };
}

/** Every speaker not deleted, with their statement count (from the facet index), most first. */
export async function speakersIndex() {
  const [people, index] = await Promise.all([
    db.person.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, description: true } }),
    currentFacetIndex(),
  ]);
  const counts = index.statementsPerSpeaker();
  return people
    .map((p) => ({ slug: p.slug, name: p.name, description: p.description, count: counts.get(p.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
