// The steps every versioned record's writes share: validate, check the version the user saw,
// and keep slugs unique. Each entity's mutations call these inside the caller's transaction.
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, ExpectedError } from "@/lib/forms/errors";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import type { FieldChanges } from "@/lib/revisions/diff";
import type { RevisionEntity } from "@/lib/revisions/record";
import { slugify } from "@/lib/text/slug";

/** Validates input from any caller (a form, an import, another entity's form) with the entity's schema. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ExpectedError("Some fields need your attention.", fieldErrorsFromIssues(result.error.issues));
  return result.data;
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
export async function assertVersion(
  tx: Prisma.TransactionClient,
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

/** Deleted records are read-only until restored, so nothing changes behind a "Deleted" label. */
export function assertNotDeleted(record: { deletedAt: Date | null }, label: string): void {
  if (record.deletedAt) throw new ExpectedError(`This ${label} is deleted. Restore it before editing.`);
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
