import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { diffFields, type Snapshot } from "./diff";

export type RevisionEntity = "Statement" | "Person" | "Source" | "Event" | "Topic" | "User";

/**
 * Writes one audit-trail row with the field-level changes. Call it inside the transaction of the
 * write it describes, so the change and its record are stored together or not at all.
 */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  revision: {
    entity: RevisionEntity;
    entityId: number;
    action: RevisionAction;
    actorId: number | null;
    before: Snapshot | null;
    after: Snapshot | null;
  },
): Promise<void> {
  const changes = diffFields(revision.before, revision.after);
  if (revision.action === "UPDATE" && Object.keys(changes).length === 0) return;
  await tx.revision.create({
    data: {
      entity: revision.entity,
      entityId: revision.entityId,
      action: revision.action,
      actorId: revision.actorId,
      changes: JSON.stringify(changes),
    },
  });
}
