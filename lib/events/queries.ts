import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKindValue } from "./kinds";

export interface EventPickerOption {
  id: number;
  name: string;
  kind: EventKindValue;
  location: string;
  date: string | null;
}

/** Events a statement can be attached to: not deleted, most recent first. */
export async function listEventsForPicker(): Promise<EventPickerOption[]> {
  return db.event.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, kind: true, location: true, date: true },
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { name: "asc" }],
  });
}

export interface EventListItem extends EventPickerOption {
  statementCount: number;
  deletedAt: Date | null;
}

const listSelect = {
  id: true,
  name: true,
  kind: true,
  location: true,
  date: true,
  deletedAt: true,
  _count: { select: { statements: { where: { deletedAt: null } } } },
} satisfies Prisma.EventSelect;

export async function listEventsForManagement(search: string): Promise<{ active: EventListItem[]; deleted: EventListItem[] }> {
  const term = search.trim();
  const where: Prisma.EventWhereInput = term ? { OR: [{ name: { contains: term } }, { location: { contains: term } }] } : {};
  const rows = await db.event.findMany({
    where,
    select: listSelect,
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { name: "asc" }],
  });
  const items = rows.map(({ _count, ...row }) => ({ ...row, statementCount: _count.statements }));
  return { active: items.filter((e) => !e.deletedAt), deleted: items.filter((e) => e.deletedAt) };
}

export interface EventForEdit {
  id: number;
  name: string;
  kind: EventKindValue;
  location: string;
  date: string | null;
  version: number;
  deletedAt: Date | null;
  statementCount: number;
}

export async function getEventForEdit(id: number): Promise<EventForEdit | null> {
  const row = await db.event.findUnique({ where: { id }, select: { ...listSelect, version: true } });
  if (!row) return null;
  const { _count, ...event } = row;
  return { ...event, statementCount: _count.statements };
}
