// Shown when a save met a newer version of the record: what the other person changed, so the
// user can merge by eye before saving again (their own input stays in the form).
import { FieldChangeList, type ValueLabels } from "@/components/revision-history";
import type { FormState } from "@/lib/forms/state";
import type { FieldChanges } from "@/lib/revisions/diff";

export interface ConflictDetailView {
  conflict: true;
  latestVersion: number;
  changes: FieldChanges;
  changedBy: string[];
}

export function conflictOf(state: FormState): ConflictDetailView | null {
  return state.detail?.conflict === true ? (state.detail as unknown as ConflictDetailView) : null;
}

export function ConflictNotice({ state, labels }: { state: FormState; labels?: ValueLabels }) {
  const conflict = conflictOf(state);
  if (!conflict) return null;
  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="conflict-heading" className="font-semibold">
        Changed by {conflict.changedBy.length ? conflict.changedBy.join(", ") : "someone else"} while you were editing
      </h2>
      {Object.keys(conflict.changes).length ? (
        <FieldChangeList changes={conflict.changes} labels={labels} />
      ) : (
        <p className="mt-1 text-sm">The record was saved again without visible changes.</p>
      )}
      <p className="mt-2 text-sm">The form below still holds your version. Saving it now replaces theirs.</p>
    </section>
  );
}
