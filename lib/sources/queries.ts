import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceKindValue } from "./kinds";
import { readerVisible } from "@/lib/statements/visibility";

export interface SourcePickerOption {
  id: number;
  title: string;
  outlet: string;
  url: string | null;
  kind: SourceKindValue;
  publishedOn: string | null;
}

/** Sources a statement can cite: not deleted, newest publication first. */
export async function listSourcesForPicker(): Promise<SourcePickerOption[]> {
  return db.source.findMany({
    where: { deletedAt: null },
    select: { id: true, title: true, outlet: true, url: true, kind: true, publishedOn: true },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
}

export interface SourceListItem extends SourcePickerOption {
  statementCount: number;
  hasSnapshot: boolean;
  deletedAt: Date | null;
}

const listSelect = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  kind: true,
  publishedOn: true,
  snapshotSha256: true,
  deletedAt: true,
  _count: { select: { statements: { where: { statement: { deletedAt: null } } } } },
} satisfies Prisma.SourceSelect;

/** Sources for the manage list, matched on title, outlet or address; the deleted ones come separately. */
export async function listSourcesForManagement(search: string): Promise<{ active: SourceListItem[]; deleted: SourceListItem[] }> {
  const term = search.trim();
  const where: Prisma.SourceWhereInput = term
    ? { OR: [{ title: { contains: term } }, { outlet: { contains: term } }, { url: { contains: term.toLowerCase() } }] }
    : {};
  const rows = await db.source.findMany({
    where,
    select: listSelect,
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  const items = rows.map(({ _count, snapshotSha256, ...row }) => ({
    ...row,
    statementCount: _count.statements,
    hasSnapshot: snapshotSha256 !== null,
  }));
  return { active: items.filter((s) => !s.deletedAt), deleted: items.filter((s) => s.deletedAt) };
}

export interface SourceForEdit {
  id: number;
  url: string | null;
  title: string;
  outlet: string;
  kind: SourceKindValue;
  publishedOn: string | null;
  retrievedOn: string | null;
  snapshotText: string | null;
  snapshotSha256: string | null;
  notes: string;
  version: number;
  deletedAt: Date | null;
  publishedStatements: number;
}

export async function getSourceForEdit(id: number): Promise<SourceForEdit | null> {
  const row = await db.source.findUnique({
    where: { id },
    select: {
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
      version: true,
      deletedAt: true,
      _count: { select: { statements: { where: { statement: readerVisible } } } },
    },
  });
  if (!row) return null;
  const { _count, ...source } = row;
  return { ...source, publishedStatements: _count.statements };
}
