import "server-only";
import { db } from "@/lib/db/client";
import type { TimelineFilters } from "@/lib/statements/filters";

/**
 * The page-cache tags (lib/cache/page-tags.ts) that every statement of a filtered view carries,
 * so that an aggregate of the view's own statements (their claims and sources) is kept across
 * writes elsewhere: a view of some topics holds only statements on them, and a change to any of
 * those statements, or one entering or leaving the view, bumps its topics (before and after);
 * likewise for speakers. Slugs that name nothing match nothing, and a topic or speaker created
 * or renamed later bumps 'catalog', which cachedByTags adds. A view with neither depends on
 * every statement.
 */
export async function viewTags(filters: Pick<TimelineFilters, "topics" | "speakers">): Promise<string[]> {
  if (filters.topics.length > 0) {
    const topics = await db.topic.findMany({ where: { slug: { in: filters.topics } }, select: { id: true } });
    return topics.map((t) => `topic:${t.id}`);
  }
  if (filters.speakers.length > 0) {
    const people = await db.person.findMany({ where: { slug: { in: filters.speakers } }, select: { id: true } });
    return people.map((p) => `speaker:${p.id}`);
  }
  return ["statements"];
}
