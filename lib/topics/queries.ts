import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readerVisible } from "@/lib/statements/visibility";

export interface TopicPickerOption {
  id: number;
  name: string;
  slug: string;
  proposition: string;
}

/** Topics a statement can take a stance on: not deleted, by name, with the proposition to measure against. */
export async function listTopicsForPicker(): Promise<TopicPickerOption[]> {
  return db.topic.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, slug: true, proposition: true },
    orderBy: { name: "asc" },
  });
}

export interface TopicListItem extends TopicPickerOption {
  statementCount: number;
  deletedAt: Date | null;
}

const listSelect = {
  id: true,
  name: true,
  slug: true,
  proposition: true,
  deletedAt: true,
  _count: { select: { stances: { where: { statement: { deletedAt: null } } } } },
} satisfies Prisma.TopicSelect;

export async function listTopicsForManagement(search: string): Promise<{ active: TopicListItem[]; deleted: TopicListItem[] }> {
  const term = search.trim();
  const where: Prisma.TopicWhereInput = term
    ? { OR: [{ name: { contains: term } }, { slug: { contains: term } }, { proposition: { contains: term } }] }
    : {};
  const rows = await db.topic.findMany({ where, select: listSelect, orderBy: { name: "asc" } });
  const items = rows.map(({ _count, ...row }) => ({ ...row, statementCount: _count.stances }));
  return { active: items.filter((t) => !t.deletedAt), deleted: items.filter((t) => t.deletedAt) };
}

export interface TopicForEdit {
  id: number;
  name: string;
  slug: string;
  description: string;
  proposition: string;
  version: number;
  deletedAt: Date | null;
  publishedStatements: number;
}

export async function getTopicForEdit(id: number): Promise<TopicForEdit | null> {
  const row = await db.topic.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      proposition: true,
      version: true,
      deletedAt: true,
      _count: { select: { stances: { where: { statement: readerVisible } } } },
    },
  });
  if (!row) return null;
  const { _count, ...topic } = row;
  return { ...topic, publishedStatements: _count.stances };
}
