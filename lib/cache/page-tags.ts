import "server-only";
import { unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { markCachedRender } from "./cached-render";
import { decodeView, type CachedView } from "./page-view";

// What a cached page depends on, as tags that the database's triggers bump (migration
// `cache_tags`): 'statements' for timelines, 'speaker:<id>' and 'topic:<id>' for the pages of one
// speaker or topic, and 'catalog' for every page. Next.js attaches the tags of unstable_cache
// calls made during a render to the page it caches; the call itself caches nothing worth having.

/**
 * Starts a cached page's render: decodes its view (404 when malformed), marks the render as one
 * for every reader, and tags the page. Both generateMetadata and the page call it.
 */
export async function beginCachedRender(key: string, tags: (view: CachedView) => Promise<string[]>): Promise<CachedView> {
  const view = decodeView(key);
  if (!view) notFound();
  markCachedRender(view);
  const all = [...new Set([...(await tags(view)), "catalog"])].sort();
  await unstable_cache(async () => true, ["page-tags", ...all], { tags: all })();
  return view;
}

/** Timelines: any statement may enter or leave a view, and the facets count beyond its filters. */
export const timelineTags = async (): Promise<string[]> => ["statements"];

/**
 * A topic page shows its statements and the statements they are linked with, also those on other
 * topics ("walks back the statement of …"): an edit or delete of one of those touches its speaker,
 * not this topic, so the page depends on those speakers too.
 */
export async function topicTags(slug: string): Promise<string[]> {
  const topic = await db.topic.findFirst({ where: { slug }, select: { id: true } });
  if (!topic) return [];
  const onTopic = { stances: { some: { topicId: topic.id } } };
  const end = { select: { speakerId: true, stances: { where: { topicId: topic.id }, select: { topicId: true } } } };
  const links = await db.statementRelation.findMany({
    where: { OR: [{ from: onTopic }, { to: onTopic }] },
    select: { from: end, to: end },
  });
  const offTopicSpeakers = links.flatMap(({ from, to }) => [from, to].filter((s) => s.stances.length === 0).map((s) => s.speakerId));
  return [`topic:${topic.id}`, ...new Set(offTopicSpeakers.map((id) => `speaker:${id}`))];
}

export async function speakerTags(slug: string): Promise<string[]> {
  const person = await db.person.findFirst({ where: { slug }, select: { id: true } });
  return person ? [`speaker:${person.id}`] : [];
}

/**
 * A permalink shows its statement, its speaker's neighbours on the same topics, and the statements
 * it is linked with: a change to one of those (published, deleted, edited) touches its speaker.
 */
export async function statementTags(id: number): Promise<string[]> {
  const statement = await db.statement.findUnique({
    where: { id },
    select: {
      speakerId: true,
      stances: { select: { topicId: true } },
      relationsFrom: { select: { to: { select: { speakerId: true } } } },
      relationsTo: { select: { from: { select: { speakerId: true } } } },
    },
  });
  if (!statement) return ["statements"];
  return [
    `speaker:${statement.speakerId}`,
    ...statement.stances.map((s) => `topic:${s.topicId}`),
    ...statement.relationsFrom.map((r) => `speaker:${r.to.speakerId}`),
    ...statement.relationsTo.map((r) => `speaker:${r.from.speakerId}`),
  ];
}
