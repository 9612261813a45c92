// Writes to topics, each with its revision in the caller's transaction. Changing a topic's
// proposition changes what every stance on it means, so the history records it like any field.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { assertNotDeleted, assertVersion, parseOrThrow, resolveSlug } from "@/lib/records/mutations";
import { recordRevision } from "@/lib/revisions/record";
import { topicCreateSchema, topicUpdateSchema, type TopicInput, type TopicUpdateInput } from "./schema";
import { readerVisible } from "@/lib/statements/visibility";

const LABEL = "topic";

const topicSnapshotSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  proposition: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.TopicSelect;

type TopicRow = Prisma.TopicGetPayload<{ select: typeof topicSnapshotSelect }>;

function snapshot(topic: TopicRow) {
  return { name: topic.name, slug: topic.slug, description: topic.description, proposition: topic.proposition, deletedAt: topic.deletedAt };
}

async function loadTopic(tx: Prisma.TransactionClient, id: number): Promise<TopicRow> {
  const topic = await tx.topic.findUnique({ where: { id }, select: topicSnapshotSelect });
  if (!topic) throw new NotFoundError("The topic");
  return topic;
}

const slugHolder = (tx: Prisma.TransactionClient) => (slug: string) =>
  tx.topic.findUnique({ where: { slug }, select: { id: true, name: true, deletedAt: true } });

export async function createTopic(tx: Prisma.TransactionClient, input: TopicInput, actorId: number | null): Promise<{ id: number }> {
  const data = parseOrThrow(topicCreateSchema, input);
  const slug = await resolveSlug(data.slug, data.name, "topic", slugHolder(tx), null, LABEL);
  const created = await tx.topic.create({
    data: { name: data.name, slug, description: data.description ?? "", proposition: data.proposition },
    select: topicSnapshotSelect,
  });
  await recordRevision(tx, { entity: "Topic", entityId: created.id, action: "CREATE", actorId, before: null, after: snapshot(created) });
  return { id: created.id };
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export async function updateTopic(tx: Prisma.TransactionClient, id: number, input: TopicUpdateInput, actorId: number | null): Promise<{ id: number; version: number }> {
  const data = parseOrThrow(topicUpdateSchema, input);
  const current = await loadTopic(tx, id);
  assertNotDeleted(current, LABEL);
  await assertVersion(tx, { entity: "Topic", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion: data.version });

  const name = data.name ?? current.name;
  const fields = {
    name,
    slug: data.slug === undefined ? current.slug : await resolveSlug(data.slug, name, "topic", slugHolder(tx), id, LABEL),
    description: data.description ?? current.description,
    proposition: data.proposition ?? current.proposition,
  };
  const before = snapshot(current);
  if (JSON.stringify({ ...before, ...fields }) === JSON.stringify(before)) return { id, version: current.version };

  const after = await tx.topic.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: topicSnapshotSelect });
  await recordRevision(tx, { entity: "Topic", entityId: id, action: "UPDATE", actorId, before, after: snapshot(after) });
  return { id, version: after.version };
}

/** Published stances are measured against this topic's proposition: deleting it would orphan them. */
export async function publishedStatementsOnTopic(tx: Prisma.TransactionClient, id: number): Promise<number> {
  return tx.stance.count({ where: { topicId: id, statement: readerVisible } });
}

export async function softDeleteTopic(tx: Prisma.TransactionClient, id: number, actorId: number | null, expectedVersion?: number): Promise<void> {
  const current = await loadTopic(tx, id);
  if (current.deletedAt) throw new ExpectedError("This topic is already deleted.");
  if (expectedVersion !== undefined) {
    await assertVersion(tx, { entity: "Topic", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion });
  }
  const published = await publishedStatementsOnTopic(tx, id);
  if (published > 0) {
    throw new ExpectedError(
      `This topic has stances on ${published} published ${published === 1 ? "statement" : "statements"}. ` +
        "Remove the topic from those statements or unpublish them first.",
    );
  }
  const after = await tx.topic.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } }, select: topicSnapshotSelect });
  await recordRevision(tx, { entity: "Topic", entityId: id, action: "DELETE", actorId, before: snapshot(current), after: snapshot(after) });
}

export async function restoreTopic(tx: Prisma.TransactionClient, id: number, actorId: number | null): Promise<void> {
  const current = await loadTopic(tx, id);
  if (!current.deletedAt) throw new ExpectedError("This topic is not deleted.");
  const after = await tx.topic.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } }, select: topicSnapshotSelect });
  await recordRevision(tx, { entity: "Topic", entityId: id, action: "RESTORE", actorId, before: snapshot(current), after: snapshot(after) });
}
