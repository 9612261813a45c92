// Writes to events (the occasions statements were made at), through the record lifecycle.
import type { Prisma } from "@/lib/generated/prisma/client";
import { changedColumns, defineRecord, type Db } from "@/lib/records/lifecycle";
import type { EventInput, EventUpdateInput } from "./schema";

const select = {
  id: true,
  name: true,
  kind: true,
  location: true,
  date: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.EventSelect;

export const eventRecord = defineRecord({
  entity: "Event",
  label: "event",
  find: (tx, id) => tx.event.findUnique({ where: { id }, select }),
  write: (tx, id, data: Prisma.EventUpdateInput) => tx.event.update({ where: { id }, data, select }),
  snapshot: (event) => ({ name: event.name, kind: event.kind, location: event.location, date: event.date, deletedAt: event.deletedAt }),
});

export function createEvent(client: Db, input: EventInput, actorId: number | null): Promise<{ id: number }> {
  return eventRecord.create(client, actorId, (tx) =>
    tx.event.create({
      data: { name: input.name, kind: input.kind ?? "OTHER", location: input.location ?? "", date: input.date ?? null },
      select,
    }),
  );
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export function updateEvent(
  client: Db,
  id: number,
  input: EventUpdateInput,
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return eventRecord.update(client, id, input.version, actorId, async (current) =>
    changedColumns(eventRecord.definition.snapshot(current), {
      name: input.name ?? current.name,
      kind: input.kind ?? current.kind,
      location: input.location ?? current.location,
      date: input.date === undefined ? current.date : input.date,
    }),
  );
}

/** Statements made at a deleted event keep it; the event only leaves lists and pickers. */
export const softDeleteEvent = eventRecord.softDelete;
export const restoreEvent = eventRecord.restore;
