// Writes to sources. Each takes the caller's transaction so the change and its revision are
// stored together, and the statement form can create a source in the same transaction.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { assertNotDeleted, assertVersion, parseOrThrow } from "@/lib/records/mutations";
import { recordRevision } from "@/lib/revisions/record";
import { sourceCreateSchema, sourceUpdateSchema, type SourceInput, type SourceUpdateInput } from "./schema";
import { readerVisible } from "@/lib/statements/visibility";

const LABEL = "source";

const sourceSnapshotSelect = {
  id: true,
  url: true,
  title: true,
  outlet: true,
  kind: true,
  publishedOn: true,
  retrievedOn: true,
  snapshotText: true,
  snapshotSha256: true,
  notes: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSnapshotSelect }>;

function snapshot(source: SourceRow) {
  return {
    url: source.url,
    title: source.title,
    outlet: source.outlet,
    kind: source.kind,
    publishedOn: source.publishedOn,
    retrievedOn: source.retrievedOn,
    snapshotText: source.snapshotText,
    snapshotSha256: source.snapshotSha256,
    notes: source.notes,
    deletedAt: source.deletedAt,
  };
}

/** The fingerprint of the pasted text, so a later copy can be checked against what analysts quoted. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

async function loadSource(tx: Prisma.TransactionClient, id: number): Promise<SourceRow> {
  const source = await tx.source.findUnique({ where: { id }, select: sourceSnapshotSelect });
  if (!source) throw new NotFoundError("The source");
  return source;
}

async function assertUrlFree(tx: Prisma.TransactionClient, url: string | null | undefined, selfId: number | null): Promise<void> {
  if (!url) return;
  const other = await tx.source.findUnique({ where: { url }, select: { id: true, title: true, deletedAt: true } });
  if (other && other.id !== selfId) {
    const message = `A source with this URL already exists: ${other.title}${other.deletedAt ? " (deleted; restore it instead)" : ""}.`;
    throw new ExpectedError(message, { url: [message] }, { duplicateSourceId: other.id });
  }
}

export async function createSource(tx: Prisma.TransactionClient, input: SourceInput, actorId: number | null): Promise<{ id: number }> {
  const data = parseOrThrow(sourceCreateSchema, input);
  await assertUrlFree(tx, data.url, null);
  const snapshotText = data.snapshotText ?? null;
  const created = await tx.source.create({
    data: {
      url: data.url ?? null,
      title: data.title,
      outlet: data.outlet ?? "",
      kind: data.kind ?? "NEWS_ARTICLE",
      publishedOn: data.publishedOn ?? null,
      retrievedOn: data.retrievedOn ?? null,
      snapshotText,
      snapshotSha256: snapshotText === null ? null : sha256(snapshotText),
      notes: data.notes ?? "",
    },
    select: sourceSnapshotSelect,
  });
  await recordRevision(tx, { entity: "Source", entityId: created.id, action: "CREATE", actorId, before: null, after: snapshot(created) });
  return { id: created.id };
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export async function updateSource(tx: Prisma.TransactionClient, id: number, input: SourceUpdateInput, actorId: number | null): Promise<{ id: number; version: number }> {
  const data = parseOrThrow(sourceUpdateSchema, input);
  const current = await loadSource(tx, id);
  assertNotDeleted(current, LABEL);
  await assertVersion(tx, { entity: "Source", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion: data.version });
  await assertUrlFree(tx, data.url, id);

  const snapshotText = data.snapshotText === undefined ? current.snapshotText : data.snapshotText;
  const fields = {
    url: data.url === undefined ? current.url : data.url,
    title: data.title ?? current.title,
    outlet: data.outlet ?? current.outlet,
    kind: data.kind ?? current.kind,
    publishedOn: data.publishedOn === undefined ? current.publishedOn : data.publishedOn,
    retrievedOn: data.retrievedOn === undefined ? current.retrievedOn : data.retrievedOn,
    snapshotText,
    snapshotSha256: snapshotText === null ? null : sha256(snapshotText),
    notes: data.notes ?? current.notes,
  };
  const before = snapshot(current);
  if (JSON.stringify({ ...before, ...fields }) === JSON.stringify(before)) return { id, version: current.version };

  const after = await tx.source.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: sourceSnapshotSelect });
  await recordRevision(tx, { entity: "Source", entityId: id, action: "UPDATE", actorId, before, after: snapshot(after) });
  return { id, version: after.version };
}

/** Published statements cite this source: deleting it would hide their evidence from editors. */
export async function publishedStatementsCiting(tx: Prisma.TransactionClient, id: number): Promise<number> {
  return tx.statementSource.count({ where: { sourceId: id, statement: readerVisible } });
}

export async function softDeleteSource(tx: Prisma.TransactionClient, id: number, actorId: number | null, expectedVersion?: number): Promise<void> {
  const current = await loadSource(tx, id);
  if (current.deletedAt) throw new ExpectedError("This source is already deleted.");
  if (expectedVersion !== undefined) {
    await assertVersion(tx, { entity: "Source", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion });
  }
  const published = await publishedStatementsCiting(tx, id);
  if (published > 0) {
    throw new ExpectedError(
      `This source is cited by ${published} published ${published === 1 ? "statement" : "statements"}. ` +
        "Replace it on those statements or unpublish them first.",
    );
  }
  const after = await tx.source.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } }, select: sourceSnapshotSelect });
  await recordRevision(tx, { entity: "Source", entityId: id, action: "DELETE", actorId, before: snapshot(current), after: snapshot(after) });
}

export async function restoreSource(tx: Prisma.TransactionClient, id: number, actorId: number | null): Promise<void> {
  const current = await loadSource(tx, id);
  if (!current.deletedAt) throw new ExpectedError("This source is not deleted.");
  const after = await tx.source.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } }, select: sourceSnapshotSelect });
  await recordRevision(tx, { entity: "Source", entityId: id, action: "RESTORE", actorId, before: snapshot(current), after: snapshot(after) });
}
