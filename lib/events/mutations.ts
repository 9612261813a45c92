// Writes to events (the occasions statements were made at), each with its revision in the
// caller's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { assertNotDeleted, assertVersion, parseOrThrow } from "@/lib/records/mutations";
import { recordRevision } from "@/lib/revisions/record";
import { eventCreateSchema, eventUpdateSchema, type EventInput, type EventUpdateInput } from "./schema";

const LABEL = "event";

const eventSnapshotSelect = {
  id: true,
  name: true,
  kind: true,
  location: true,
  date: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSnapshotSelect }>;

function snapshot(event: EventRow) {
  return { name: event.name, kind: event.kind, location: event.location, date: event.date, deletedAt: event.deletedAt };
}

async function loadEvent(tx: Prisma.TransactionClient, id: number): Promise<EventRow> {
  const event = await tx.event.findUnique({ where: { id }, select: eventSnapshotSelect });
  if (!event) throw new NotFoundError("The event");
  return event;
}

export async function createEvent(tx: Prisma.TransactionClient, input: EventInput, actorId: number | null): Promise<{ id: number }> {
  const data = parseOrThrow(eventCreateSchema, input);
  const created = await tx.event.create({
    data: { name: data.name, kind: data.kind ?? "OTHER", location: data.location ?? "", date: data.date ?? null },
    select: eventSnapshotSelect,
  });
  await recordRevision(tx, { entity: "Event", entityId: created.id, action: "CREATE", actorId, before: null, after: snapshot(created) });
  return { id: created.id };
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export async function updateEvent(tx: Prisma.TransactionClient, id: number, input: EventUpdateInput, actorId: number | null): Promise<{ id: number; version: number }> {
  const data = parseOrThrow(eventUpdateSchema, input);
  const current = await loadEvent(tx, id);
  assertNotDeleted(current, LABEL);
  await assertVersion(tx, { entity: "Event", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion: data.version });

  const fields = {
    name: data.name ?? current.name,
    kind: data.kind ?? current.kind,
    location: data.location ?? current.location,
    date: data.date === undefined ? current.date : data.date,
  };
  const before = snapshot(current);
  if (JSON.stringify({ ...before, ...fields }) === JSON.stringify(before)) return { id, version: current.version };

  const after = await tx.event.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: eventSnapshotSelect });
  await recordRevision(tx, { entity: "Event", entityId: id, action: "UPDATE", actorId, before, after: snapshot(after) });
  return { id, version: after.version };
}

/** Statements made at a deleted event keep it; the event only leaves lists and pickers. */
export async function softDeleteEvent(tx: Prisma.TransactionClient, id: number, actorId: number | null, expectedVersion?: number): Promise<void> {
  const current = await loadEvent(tx, id);
  if (current.deletedAt) throw new ExpectedError("This event is already deleted.");
  if (expectedVersion !== undefined) {
    await assertVersion(tx, { entity: "Event", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion });
  }
  const after = await tx.event.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } }, select: eventSnapshotSelect });
  await recordRevision(tx, { entity: "Event", entityId: id, action: "DELETE", actorId, before: snapshot(current), after: snapshot(after) });
}

export async function restoreEvent(tx: Prisma.TransactionClient, id: number, actorId: number | null): Promise<void> {
  const current = await loadEvent(tx, id);
  if (!current.deletedAt) throw new ExpectedError("This event is not deleted.");
  const after = await tx.event.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } }, select: eventSnapshotSelect });
  await recordRevision(tx, { entity: "Event", entityId: id, action: "RESTORE", actorId, before: snapshot(current), after: snapshot(after) });
}
