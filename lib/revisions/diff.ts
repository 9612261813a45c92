// Field-level differences between two snapshots of an entity, as stored in a Revision.
export type Snapshot = Record<string, unknown>;
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const IGNORED = new Set(["updatedAt", "version"]);

const normalise = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** The fields whose value differs; a missing snapshot (create, hard delete) counts as all null. */
export function diffFields(before: Snapshot | null, after: Snapshot | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (!same(b, a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
