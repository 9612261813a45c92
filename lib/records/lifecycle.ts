// The life of every versioned, soft-deletable record (statements, speakers, events, sources,
// topics): load with its version, refuse a stale edit, update, soft delete, restore, and write the
// revision in the same transaction as the change. Each entity declares its record once
// (defineRecord) and its mutations are thin calls into this module, all with one signature:
// a client first (the app's, which opens a transaction, or a caller's transaction to join),
// input already validated at the boundary, the acting user last.
import { dialect } from "@/lib/db/dialect";
import { ConflictError, ExpectedError, NotFoundError } from "@/lib/forms/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { FieldChanges, Snapshot } from "@/lib/revisions/diff";
import { recordRevision, type RevisionEntity } from "@/lib/revisions/record";
import { slugify } from "@/lib/text/slug";

export type Tx = Prisma.TransactionClient;
/** The app's client (each write opens its own transaction) or a caller's transaction (the write joins it). */
export type Db = PrismaClient | Tx;

/** Runs `write` in one transaction: the caller's, or a new one on the app's client. */
export function inTransaction<T>(client: Db, write: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in client ? client.$transaction(write) : write(client);
}

export interface VersionedRow {
  id: number;
  version: number;
  deletedAt: Date | null;
}

/** What the lifecycle itself writes: every change bumps the version; delete and restore set deletedAt. */
export interface LifecycleColumns {
  version: { increment: 1 };
  deletedAt?: Date | null;
}

export interface RecordDefinition<Row extends VersionedRow, Columns> {
  entity: RevisionEntity;
  /** The record's name in messages: "This event is deleted." */
  label: string;
  /** The row with every field its revisions record, or null. */
  find(tx: Tx, id: number): Promise<Row | null>;
  /** Writes columns (with the version bump) and returns the row as stored. */
  write(tx: Tx, id: number, columns: Columns & LifecycleColumns, actorId: number | null): Promise<Row>;
  /** The fields a revision records, as readable values. */
  snapshot(row: Row): Snapshot;
  /** Refuses a delete that would hide what readers see (published statements citing the record). */
  assertDeletable?(tx: Tx, row: Row): Promise<void>;
}

export function defineRecord<Row extends VersionedRow, Columns>(definition: RecordDefinition<Row, Columns>) {
  const { entity, label } = definition;
  const what = `The ${label}`;

  async function load(tx: Tx, id: number): Promise<Row> {
    const row = await definition.find(tx, id);
    if (!row) throw new NotFoundError(what);
    return row;
  }

  /**
   * The record for a change: other changes to it (from this instance or another) wait until this
   * transaction ends, so two saves made on the same version cannot both pass the version check.
   */
  async function loadForChange(tx: Tx, id: number): Promise<Row> {
    for (const lock of dialect().serializeOn([`record:${entity}:${id}`])) await tx.$executeRaw(lock);
    const row = await definition.find(tx, id);
    if (!row) throw new NotFoundError(what);
    return row;
  }

  const revision = (
    tx: Tx,
    id: number,
    action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE",
    actorId: number | null,
    before: Row | null,
    after: Row,
  ) =>
    recordRevision(tx, {
      entity,
      entityId: id,
      action,
      actorId,
      before: before && definition.snapshot(before),
      after: definition.snapshot(after),
    });

  return {
    definition,
    load,

    /** Inserts the record and its CREATE revision. */
    create(client: Db, actorId: number | null, insert: (tx: Tx) => Promise<Row>): Promise<{ id: number }> {
      return inTransaction(client, async (tx) => {
        const created = await insert(tx);
        await revision(tx, created.id, "CREATE", actorId, null, created);
        return { id: created.id };
      });
    },

    /** The CREATE revision for a record inserted by the caller, from the snapshot it built. */
    async created(tx: Tx, id: number, after: Snapshot, actorId: number | null): Promise<void> {
      await recordRevision(tx, { entity, entityId: id, action: "CREATE", actorId, before: null, after });
    },

    /**
     * Saves an edit made on `expectedVersion`. `change` writes or returns the new columns, or
     * returns null when nothing changed: then no version and no revision are added.
     */
    update(
      client: Db,
      id: number,
      expectedVersion: number,
      actorId: number | null,
      change: (current: Row, tx: Tx) => Promise<Columns | null>,
    ): Promise<{ id: number; version: number }> {
      return inTransaction(client, async (tx) => {
        const current = await loadForChange(tx, id);
        if (current.deletedAt) throw new ExpectedError(`This ${label} is deleted. Restore it before editing.`);
        await assertVersion(tx, { entity, entityId: id, label, currentVersion: current.version, expectedVersion });
        const columns = await change(current, tx);
        if (columns === null) return { id, version: current.version };
        const after = await definition.write(tx, id, { ...columns, version: { increment: 1 } }, actorId);
        await revision(tx, id, "UPDATE", actorId, current, after);
        return { id, version: after.version };
      });
    },

    /** Soft delete: the record leaves lists and pickers but stays in the database, restorable. */
    softDelete(client: Db, id: number, actorId: number | null, expectedVersion?: number): Promise<void> {
      return inTransaction(client, async (tx) => {
        const current = await loadForChange(tx, id);
        if (current.deletedAt) throw new ExpectedError(`This ${label} is already deleted.`);
        if (expectedVersion !== undefined)
          await assertVersion(tx, { entity, entityId: id, label, currentVersion: current.version, expectedVersion });
        await definition.assertDeletable?.(tx, current);
        const after = await definition.write(
          tx,
          id,
          { deletedAt: new Date(), version: { increment: 1 } } as Columns & LifecycleColumns,
          actorId,
        );
        await revision(tx, id, "DELETE", actorId, current, after);
      });
    },

    restore(client: Db, id: number, actorId: number | null): Promise<void> {
      return inTransaction(client, async (tx) => {
        const current = await loadForChange(tx, id);
        if (!current.deletedAt) throw new ExpectedError(`This ${label} is not deleted.`);
        const after = await definition.write(tx, id, { deletedAt: null, version: { increment: 1 } } as Columns & LifecycleColumns, actorId);
        await revision(tx, id, "RESTORE", actorId, current, after);
      });
    },
  };
}

/** The proposed columns when any differs from the stored snapshot, else null (nothing to save). */
export function changedColumns<C extends Record<string, unknown>>(before: Snapshot, columns: C): C | null {
  return JSON.stringify({ ...before, ...columns }) === JSON.stringify(before) ? null : columns;
}

/** What the user's form should show when the record moved on: the combined changes since their version. */
export interface ConflictDetail extends Record<string, unknown> {
  conflict: true;
  latestVersion: number;
  changes: FieldChanges;
  changedBy: string[];
}

/**
 * Throws a ConflictError when the record is no longer at the version the user loaded. Every
 * version bump writes exactly one revision, so the newest (current − expected) revisions are
 * what happened since the user opened the form.
 */
async function assertVersion(
  tx: Tx,
  record: { entity: RevisionEntity; entityId: number; label: string; currentVersion: number; expectedVersion: number },
): Promise<void> {
  if (record.currentVersion === record.expectedVersion) return;
  const missed = Math.max(record.currentVersion - record.expectedVersion, 0);
  const revisions = missed
    ? await tx.revision.findMany({
        where: { entity: record.entity, entityId: record.entityId, action: { not: "CREATE" } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: missed,
        select: { changes: true, actor: { select: { name: true } } },
      })
    : [];
  const changes: FieldChanges = {};
  for (const revision of [...revisions].reverse()) {
    for (const [field, change] of Object.entries(JSON.parse(revision.changes) as FieldChanges)) {
      changes[field] = { before: changes[field]?.before ?? change.before, after: change.after };
    }
  }
  const changedBy = [...new Set(revisions.map((revision) => revision.actor?.name ?? "System"))];
  const detail: ConflictDetail = { conflict: true, latestVersion: record.currentVersion, changes, changedBy };
  throw new ConflictError(
    `${changedBy.length ? changedBy.join(", ") : "Someone else"} saved this ${record.label} after you opened it. ` +
      "Their changes are listed below and your input is kept: check it, then save again to replace their version with yours.",
    detail,
  );
}

/** Refuses to delete a record that published statements still use, saying how many. */
export async function assertUnused(count: Promise<number>, message: (published: string) => string): Promise<void> {
  const n = await count;
  if (n > 0) throw new ExpectedError(message(`${n} published ${n === 1 ? "statement" : "statements"}`));
}

/**
 * The requested slug, or one derived from the name (with -2, -3… when taken) when none was given.
 * A slug the user typed that another record holds is refused at the field instead.
 */
export async function resolveSlug(
  requested: string | undefined,
  name: string,
  fallback: string,
  holder: (slug: string) => Promise<{ id: number; name: string; deletedAt: Date | null } | null>,
  selfId: number | null,
  label: string,
): Promise<string> {
  if (requested) {
    const other = await holder(requested);
    if (other && other.id !== selfId) {
      const message = `Another ${label} already uses this slug: ${other.name}${other.deletedAt ? " (deleted)" : ""}.`;
      throw new ExpectedError(message, { slug: [message] });
    }
    return requested;
  }
  const base = slugify(name) || fallback;
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    const other = await holder(candidate);
    if (!other || other.id === selfId) return candidate;
  }
}
