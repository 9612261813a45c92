// Writes to speakers, through the record lifecycle. A statement with a new speaker creates it
// inside the statement's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertUnused, defineRecord, resolveSlug, type Db, type Tx } from "@/lib/records/lifecycle";
import { readerVisible } from "@/lib/statements/visibility";
import { formatRole } from "./roles";
import type { PersonInput, PersonUpdateInput, RoleInput } from "./schema";

const LABEL = "speaker";

const select = {
  id: true,
  name: true,
  slug: true,
  description: true,
  deletedAt: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: { id: "asc" } },
  roles: { select: { title: true, organisation: true, startDate: true, endDate: true }, orderBy: [{ startDate: "asc" }, { id: "asc" }] },
} satisfies Prisma.PersonSelect;

const describeRole = (role: { title: string; organisation: string; startDate: string | null; endDate: string | null }) =>
  `${formatRole(role)} (${role.startDate ?? "?"} – ${role.endDate ?? "now"})`;

export const personRecord = defineRecord({
  entity: "Person",
  label: LABEL,
  find: (tx, id) => tx.person.findUnique({ where: { id }, select }),
  write: (tx, id, data: Prisma.PersonUpdateInput) => tx.person.update({ where: { id }, data, select }),
  // Aliases and roles as readable lines, so history reads well.
  snapshot: (person) => ({
    name: person.name,
    slug: person.slug,
    description: person.description,
    aliases: person.aliases.map((a) => a.alias),
    roles: person.roles.map(describeRole),
    deletedAt: person.deletedAt,
  }),
  // Published statements still name this speaker: deleting it would leave them pointing at a hidden record.
  assertDeletable: (tx, person) =>
    assertUnused(
      tx.statement.count({ where: { speakerId: person.id, ...readerVisible } }),
      (n) => `This speaker is named by ${n}. Move those statements to another speaker or unpublish them first.`,
    ),
});

const slugHolder = (tx: Tx) => (slug: string) =>
  tx.person.findUnique({ where: { slug }, select: { id: true, name: true, deletedAt: true } });

// Stored in the order they are listed back (by start, unknown first, then as entered), so an
// unchanged form compares equal to the stored speaker and saves no new version.
const roleRows = (roles: RoleInput[]) =>
  roles
    .map((role) => ({
      title: role.title,
      organisation: role.organisation ?? "",
      startDate: role.startDate ?? null,
      endDate: role.endDate ?? null,
    }))
    .sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));

export function createPerson(client: Db, input: PersonInput, actorId: number | null): Promise<{ id: number }> {
  return personRecord.create(client, actorId, async (tx) => {
    const slug = await resolveSlug(input.slug, input.name, "speaker", slugHolder(tx), null, LABEL);
    return tx.person.create({
      data: {
        name: input.name,
        slug,
        description: input.description ?? "",
        aliases: { create: (input.aliases ?? []).map((alias) => ({ alias })) },
        roles: { create: roleRows(input.roles ?? []) },
      },
      select,
    });
  });
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export function updatePerson(
  client: Db,
  id: number,
  input: PersonUpdateInput,
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return personRecord.update(client, id, input.version, actorId, async (current, tx) => {
    const name = input.name ?? current.name;
    const slug = input.slug === undefined ? current.slug : await resolveSlug(input.slug, name, "speaker", slugHolder(tx), id, LABEL);
    const before = personRecord.definition.snapshot(current);
    const description = input.description ?? current.description;
    const proposed = {
      ...before,
      name,
      slug,
      description,
      aliases: input.aliases ?? before.aliases,
      roles: input.roles ? roleRows(input.roles).map(describeRole) : before.roles,
    };
    if (JSON.stringify(proposed) === JSON.stringify(before)) return null;
    return {
      name,
      slug,
      description,
      ...(input.aliases ? { aliases: { deleteMany: {}, create: input.aliases.map((alias) => ({ alias })) } } : {}),
      ...(input.roles ? { roles: { deleteMany: {}, create: roleRows(input.roles) } } : {}),
    };
  });
}

export const softDeletePerson = personRecord.softDelete;
export const restorePerson = personRecord.restore;
