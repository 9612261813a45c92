// Helpers for integration tests that call the manage pages' server actions with FormData.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import type { RevisionEntity } from "@/lib/revisions/record";

export function form(fields: Record<string, string | number | null | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== null) data.set(name, String(value));
  return data;
}

/** The path an action redirected to (redirect() throws; the guard rethrows it). */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    (value) => ({ resolved: value }),
    (e: unknown) => e,
  )) as { digest?: string; resolved?: unknown };
  expect(error?.digest, `expected a redirect, got ${JSON.stringify(error?.resolved ?? error)}`).toMatch(/^NEXT_REDIRECT;/);
  return error.digest!.split(";")[2]!;
}

export const idFromEditPath = (path: string) => Number(/\/(\d+)\/edit/.exec(path)?.[1]);

export async function revisionsOf(entity: RevisionEntity, entityId: number) {
  const rows = await db.revision.findMany({ where: { entity, entityId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({
    action: row.action,
    actorId: row.actorId,
    changes: JSON.parse(row.changes) as Record<string, { before: unknown; after: unknown }>,
  }));
}

export const NOT_SIGNED_IN = "You are not signed in, or your session has ended. Sign in and try again.";
