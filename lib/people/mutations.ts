// Writes to speakers. Each takes the caller's transaction so the change and its revision are
// stored together, and another entity's form (a statement with a new speaker) can compose them.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError, NotFoundError } from "@/lib/forms/errors";
import { assertNotDeleted, assertVersion, parseOrThrow, resolveSlug } from "@/lib/records/mutations";
import { recordRevision } from "@/lib/revisions/record";
import { formatRole } from "./roles";
import { personCreateSchema, personUpdateSchema, type PersonInput, type PersonUpdateInput, type RoleInput } from "./schema";
import { readerVisible } from "@/lib/statements/visibility";

const LABEL = "speaker";

const personSnapshotSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  deletedAt: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: { id: "asc" } },
  roles: { select: { title: true, organisation: true, startDate: true, endDate: true }, orderBy: [{ startDate: "asc" }, { id: "asc" }] },
} satisfies Prisma.PersonSelect;

type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSnapshotSelect }>;

const describeRole = (role: { title: string; organisation: string; startDate: string | null; endDate: string | null }) =>
  `${formatRole(role)} (${role.startDate ?? "?"} – ${role.endDate ?? "now"})`;

/** The fields a revision records: aliases and roles as readable lines, so history reads well. */
function snapshot(person: PersonRow) {
  return {
    name: person.name,
    slug: person.slug,
    description: person.description,
    aliases: person.aliases.map((a) => a.alias),
    roles: person.roles.map(describeRole),
    deletedAt: person.deletedAt,
  };
}

async function loadPerson(tx: Prisma.TransactionClient, id: number): Promise<PersonRow> {
  const person = await tx.person.findUnique({ where: { id }, select: personSnapshotSelect });
  if (!person) throw new NotFoundError("The speaker");
  return person;
}

const slugHolder = (tx: Prisma.TransactionClient) => (slug: string) =>
  tx.person.findUnique({ where: { slug }, select: { id: true, name: true, deletedAt: true } });

// Stored in the order they are listed back (by start, unknown first, then as entered), so an
// unchanged form compares equal to the stored speaker and saves no new version.
const roleRows = (roles: RoleInput[]) =>
  roles
    .map((role) => ({ title: role.title, organisation: role.organisation ?? "", startDate: role.startDate ?? null, endDate: role.endDate ?? null }))
    .sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));

export async function createPerson(tx: Prisma.TransactionClient, input: PersonInput, actorId: number | null): Promise<{ id: number }> {
  const data = parseOrThrow(personCreateSchema, input);
  const slug = await resolveSlug(data.slug, data.name, "speaker", slugHolder(tx), null, LABEL);
  const { id } = await tx.person.create({
    data: {
      name: data.name,
      slug,
      description: data.description ?? "",
      aliases: { create: (data.aliases ?? []).map((alias) => ({ alias })) },
      roles: { create: roleRows(data.roles ?? []) },
    },
    select: { id: true },
  });
  const after = snapshot(await loadPerson(tx, id));
  await recordRevision(tx, { entity: "Person", entityId: id, action: "CREATE", actorId, before: null, after });
  return { id };
}

/** Saves an edit made on `input.version`; fields left out stay as they are. No change, no new version. */
export async function updatePerson(tx: Prisma.TransactionClient, id: number, input: PersonUpdateInput, actorId: number | null): Promise<{ id: number; version: number }> {
  const data = parseOrThrow(personUpdateSchema, input);
  const current = await loadPerson(tx, id);
  assertNotDeleted(current, LABEL);
  await assertVersion(tx, { entity: "Person", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion: data.version });

  const name = data.name ?? current.name;
  const slug = data.slug === undefined ? current.slug : await resolveSlug(data.slug, name, "speaker", slugHolder(tx), id, LABEL);
  const before = snapshot(current);
  const proposed = {
    ...before,
    name,
    slug,
    description: data.description ?? current.description,
    aliases: data.aliases ?? before.aliases,
    roles: data.roles ? roleRows(data.roles).map(describeRole) : before.roles,
  };
  if (JSON.stringify(proposed) === JSON.stringify(before)) return { id, version: current.version };

  await tx.person.update({
    where: { id },
    data: {
      name,
      slug,
      description: proposed.description,
      version: { increment: 1 },
      ...(data.aliases ? { aliases: { deleteMany: {}, create: data.aliases.map((alias) => ({ alias })) } } : {}),
      ...(data.roles ? { roles: { deleteMany: {}, create: roleRows(data.roles) } } : {}),
    },
  });
  const after = await loadPerson(tx, id);
  await recordRevision(tx, { entity: "Person", entityId: id, action: "UPDATE", actorId, before, after: snapshot(after) });
  return { id, version: after.version };
}

/** Published statements still name this speaker: deleting it would leave them pointing at a hidden record. */
export async function publishedStatementsBy(tx: Prisma.TransactionClient, id: number): Promise<number> {
  return tx.statement.count({ where: { speakerId: id, ...readerVisible } });
}

/** Soft delete: the speaker leaves lists and pickers but stays in the database, restorable. */
export async function softDeletePerson(tx: Prisma.TransactionClient, id: number, actorId: number | null, expectedVersion?: number): Promise<void> {
  const current = await loadPerson(tx, id);
  if (current.deletedAt) throw new ExpectedError("This speaker is already deleted.");
  if (expectedVersion !== undefined) {
    await assertVersion(tx, { entity: "Person", entityId: id, label: LABEL, currentVersion: current.version, expectedVersion });
  }
  const published = await publishedStatementsBy(tx, id);
  if (published > 0) {
    throw new ExpectedError(
      `This speaker is named by ${published} published ${published === 1 ? "statement" : "statements"}. ` +
        "Move those statements to another speaker or unpublish them first.",
    );
  }
  const after = await tx.person.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } }, select: personSnapshotSelect });
  await recordRevision(tx, { entity: "Person", entityId: id, action: "DELETE", actorId, before: snapshot(current), after: snapshot(after) });
}

export async function restorePerson(tx: Prisma.TransactionClient, id: number, actorId: number | null): Promise<void> {
  const current = await loadPerson(tx, id);
  if (!current.deletedAt) throw new ExpectedError("This speaker is not deleted.");
  const after = await tx.person.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } }, select: personSnapshotSelect });
  await recordRevision(tx, { entity: "Person", entityId: id, action: "RESTORE", actorId, before: snapshot(current), after: snapshot(after) });
}
