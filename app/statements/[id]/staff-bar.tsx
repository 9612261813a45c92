// What signed-in staff see above a statement: whether readers can see it, and what to do next.
import Link from "next/link";
import { buttonClass } from "@/components/forms/fields";
import { own } from "@/lib/collections/dict";
import { RecordActionButton } from "@/components/record-action-button";
import { deleteStatementAction, restoreStatementAction } from "@/app/manage/statements/actions";

const SAVED: Record<string, string> = {
  created: "Statement saved.",
  updated: "Changes saved.",
  deleted: "Statement deleted. Readers no longer see it; you can restore it here.",
  restored: "Statement restored.",
};

export function StaffBar({ id, status, deleted, saved }: { id: number; status: "DRAFT" | "PUBLISHED"; deleted: boolean; saved?: string }) {
  const state = deleted ? "Deleted" : status === "DRAFT" ? "Draft" : "Published";
  const explanation = deleted
    ? "Readers see a “removed” page at this address. Restoring brings the statement back as it was."
    : status === "DRAFT"
      ? "Only analysts and admins can see this draft. Publish it from the edit form."
      : "Readers can see this statement.";
  return (
    <aside aria-label="Staff tools" className="space-y-3">
      <div role="status" aria-live="polite">
        {saved && own(SAVED, saved) ? (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
            {SAVED[saved]}
          </p>
        ) : null}
      </div>
      <div
        className={`flex flex-wrap items-center gap-3 rounded-md border px-4 py-3 ${
          deleted
            ? "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
            : status === "DRAFT"
              ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
              : "border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900"
        }`}
      >
        <p className="min-w-0 flex-1 text-sm">
          <strong className="mr-2 rounded bg-white/70 px-2 py-0.5 text-sm font-bold uppercase tracking-wide ring-1 ring-current dark:bg-black/30">
            {state}
          </strong>
          {explanation}
        </p>
        {deleted ? (
          <RecordActionButton action={restoreStatementAction} id={id} pendingLabel="Restoring…" statusId="restore-status">
            Restore statement
          </RecordActionButton>
        ) : (
          <div className="flex flex-wrap items-start gap-3">
            <Link href={`/manage/statements/${id}/edit`} className={buttonClass.primary}>
              Edit statement
            </Link>
            <RecordActionButton action={deleteStatementAction} id={id} variant="danger" pendingLabel="Deleting…" statusId="delete-status">
              Delete statement
            </RecordActionButton>
          </div>
        )}
      </div>
    </aside>
  );
}
