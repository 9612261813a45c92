import "server-only";
import { db } from "@/lib/db/client";
import type { FieldChanges } from "./diff";
import type { RevisionEntity } from "./record";

export interface RevisionEntry {
  id: number;
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE";
  at: Date;
  actor: string;
  changes: FieldChanges;
}

/** The history of one record, newest first. */
export async function listRevisions(entity: RevisionEntity, entityId: number): Promise<RevisionEntry[]> {
  const rows = await db.revision.findMany({
    where: { entity, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, createdAt: true, changes: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    at: row.createdAt,
    actor: row.actor?.name ?? "System",
    changes: JSON.parse(row.changes) as FieldChanges,
  }));
}
