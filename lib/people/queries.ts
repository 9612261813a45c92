import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readerVisible } from "@/lib/statements/visibility";

export interface PersonPickerOption {
  id: number;
  name: string;
  slug: string;
}

/** Speakers a statement can be attributed to: not deleted, by name. */
export async function listPeopleForPicker(): Promise<PersonPickerOption[]> {
  return db.person.findMany({ where: { deletedAt: null }, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } });
}

export interface PersonListItem {
  id: number;
  name: string;
  slug: string;
  aliases: string[];
  statementCount: number;
  deletedAt: Date | null;
}

const listSelect = {
  id: true,
  name: true,
  slug: true,
  deletedAt: true,
  aliases: { select: { alias: true }, orderBy: { id: "asc" } },
  _count: { select: { statements: { where: { deletedAt: null } } } },
} satisfies Prisma.PersonSelect;

/** Speakers for the manage list, matched on name or alias; the deleted ones come separately. */
export async function listPeopleForManagement(search: string): Promise<{ active: PersonListItem[]; deleted: PersonListItem[] }> {
  const term = search.trim();
  const where: Prisma.PersonWhereInput = term
    ? { OR: [{ name: { contains: term } }, { slug: { contains: term } }, { aliases: { some: { alias: { contains: term } } } }] }
    : {};
  const rows = await db.person.findMany({ where, select: listSelect, orderBy: { name: "asc" } });
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    aliases: row.aliases.map((a) => a.alias),
    statementCount: row._count.statements,
    deletedAt: row.deletedAt,
  }));
  return { active: items.filter((p) => !p.deletedAt), deleted: items.filter((p) => p.deletedAt) };
}

export interface PersonForEdit {
  id: number;
  name: string;
  slug: string;
  description: string;
  version: number;
  deletedAt: Date | null;
  aliases: string[];
  roles: { title: string; organisation: string; startDate: string | null; endDate: string | null }[];
  publishedStatements: number;
}

export async function getPersonForEdit(id: number): Promise<PersonForEdit | null> {
  const row = await db.person.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      version: true,
      deletedAt: true,
      aliases: { select: { alias: true }, orderBy: { id: "asc" } },
      roles: {
        select: { title: true, organisation: true, startDate: true, endDate: true },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      },
      _count: { select: { statements: { where: readerVisible } } },
    },
  });
  if (!row) return null;
  const { _count, aliases, ...person } = row;
  return { ...person, aliases: aliases.map((a) => a.alias), publishedStatements: _count.statements };
}
