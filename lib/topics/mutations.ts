// Writes to topics, through the record lifecycle. Changing a topic's proposition changes what
// every stance on it means, so the history records it like any field.
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertUnused, changedColumns, defineRecord, resolveSlug, type Db, type Tx } from "@/lib/records/lifecycle";
import { readerVisible } from "@/lib/statements/visibility";
import type { TopicInput, TopicUpdateInput } from "./schema";

const LABEL = "topic";
const select = {
  id: true,
  name: true,
  slug: true,
  description: true,
  proposition: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.TopicSelect;

export const topicRecord = defineRecord({
  entity: "Topic",
  label: LABEL,
  find: (tx, id) => tx.topic.findUnique({ where: { id }, select }),
  write: (tx, id, data: Prisma.TopicUpdateInput) => tx.topic.update({ where: { id }, data, select }),
  snapshot: (topic) => ({
    name: topic.name,
    slug: topic.slug,
    description: topic.description,
    proposition: topic.proposition,
    deletedAt: topic.deletedAt,
  }),
  // Published stances are measured against this topic's proposition: deleting it would orphan them.
  assertDeletable: (tx, topic) =>
    assertUnused(
      tx.stance.count({ where: { topicId: topic.id, statement: readerVisible } }),
      (n) => `This topic has stances on ${n}. Remove the topic from those statements or unpublish them first.`,
    ),
});

const slugHolder = (tx: Tx) => (slug: string) =>
  tx.topic.findUnique({ where: { slug }, select: { id: true, name: true, deletedAt: true } });

export function createTopic(client: Db, input: TopicInput, actorId: number | null): Promise<{ id: number }> {
  return topicRecord.create(client, actorId, async (tx) => {
    const slug = await resolveSlug(input.slug, input.name, "topic", slugHolder(tx), null, LABEL);
    return tx.topic.create({
      data: { name: input.name, slug, description: input.description ?? "", proposition: input.proposition },
      select,
    });
  });
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export function updateTopic(
  client: Db,
  id: number,
  input: TopicUpdateInput,
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return topicRecord.update(client, id, input.version, actorId, async (current, tx) => {
    const name = input.name ?? current.name;
    return changedColumns(topicRecord.definition.snapshot(current), {
      name,
      slug: input.slug === undefined ? current.slug : await resolveSlug(input.slug, name, "topic", slugHolder(tx), id, LABEL),
      description: input.description ?? current.description,
      proposition: input.proposition ?? current.proposition,
    });
  });
}

export const softDeleteTopic = topicRecord.softDelete;
export const restoreTopic = topicRecord.restore;
