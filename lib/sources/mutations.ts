// Writes to sources, through the record lifecycle. The statement form and the import assistant
// create sources inside their own transaction.
import { ExpectedError } from "@/lib/forms/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { snapshotSha256 } from "@/lib/import/hash";
import { assertUnused, changedColumns, defineRecord, type Db, type Tx } from "@/lib/records/lifecycle";
import { readerVisible } from "@/lib/statements/visibility";
import type { SourceInput, SourceUpdateInput } from "./schema";

const select = {
  id: true,
  url: true,
  title: true,
  outlet: true,
  kind: true,
  publishedOn: true,
  retrievedOn: true,
  snapshotText: true,
  snapshotSha256: true,
  fetchedAt: true,
  fetchedSha256: true,
  notes: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

export const sourceRecord = defineRecord({
  entity: "Source",
  label: "source",
  find: (tx, id) => tx.source.findUnique({ where: { id }, select }),
  write: (tx, id, data: Prisma.SourceUpdateInput) => tx.source.update({ where: { id }, data, select }),
  snapshot: (s) => ({
    url: s.url,
    title: s.title,
    outlet: s.outlet,
    kind: s.kind,
    publishedOn: s.publishedOn,
    retrievedOn: s.retrievedOn,
    snapshotText: s.snapshotText,
    snapshotSha256: s.snapshotSha256,
    fetchedAt: s.fetchedAt,
    fetchedSha256: s.fetchedSha256,
    notes: s.notes,
    deletedAt: s.deletedAt,
  }),
  // Published statements cite this source: deleting it would hide their evidence from editors.
  assertDeletable: (tx, source) =>
    assertUnused(
      tx.statementSource.count({ where: { sourceId: source.id, statement: readerVisible } }),
      (n) => `This source is cited by ${n}. Replace it on those statements or unpublish them first.`,
    ),
});

/** The fingerprint of the pasted text, so a later copy can be checked against what analysts quoted. */
const fingerprint = (text: string | null) => (text === null ? null : snapshotSha256(text));

async function assertUrlFree(tx: Tx, url: string | null | undefined, selfId: number | null): Promise<void> {
  if (!url) return;
  const other = await tx.source.findUnique({ where: { url }, select: { id: true, title: true, deletedAt: true } });
  if (other && other.id !== selfId) {
    const message = `A source with this URL already exists: ${other.title}${other.deletedAt ? " (deleted; restore it instead)" : ""}.`;
    throw new ExpectedError(message, { url: [message] }, { duplicateSourceId: other.id });
  }
}

export function createSource(client: Db, input: SourceInput, actorId: number | null): Promise<{ id: number }> {
  return sourceRecord.create(client, actorId, async (tx) => {
    await assertUrlFree(tx, input.url, null);
    const snapshotText = input.snapshotText ?? null;
    return tx.source.create({
      data: {
        url: input.url ?? null,
        title: input.title,
        outlet: input.outlet ?? "",
        kind: input.kind ?? "NEWS_ARTICLE",
        publishedOn: input.publishedOn ?? null,
        retrievedOn: input.retrievedOn ?? null,
        snapshotText,
        snapshotSha256: fingerprint(snapshotText),
        fetchedAt: input.fetchedAt ?? null,
        fetchedSha256: input.fetchedSha256 ?? null,
        notes: input.notes ?? "",
      },
      select,
    });
  });
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export function updateSource(
  client: Db,
  id: number,
  input: SourceUpdateInput,
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return sourceRecord.update(client, id, input.version, actorId, async (current, tx) => {
    await assertUrlFree(tx, input.url, id);
    const snapshotText = input.snapshotText === undefined ? current.snapshotText : input.snapshotText;
    return changedColumns(sourceRecord.definition.snapshot(current), {
      url: input.url === undefined ? current.url : input.url,
      title: input.title ?? current.title,
      outlet: input.outlet ?? current.outlet,
      kind: input.kind ?? current.kind,
      publishedOn: input.publishedOn === undefined ? current.publishedOn : input.publishedOn,
      retrievedOn: input.retrievedOn === undefined ? current.retrievedOn : input.retrievedOn,
      snapshotText,
      snapshotSha256: fingerprint(snapshotText),
      fetchedAt: input.fetchedAt === undefined ? current.fetchedAt : input.fetchedAt,
      fetchedSha256: input.fetchedSha256 === undefined ? current.fetchedSha256 : input.fetchedSha256,
      notes: input.notes ?? current.notes,
    });
  });
}

export const softDeleteSource = sourceRecord.softDelete;
export const restoreSource = sourceRecord.restore;
