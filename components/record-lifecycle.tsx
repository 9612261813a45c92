// Delete and restore on a record's edit page. Deleting is a soft delete: the record leaves lists
// and pickers, keeps its history, and can be restored.
import Link from "next/link";
import { RecordActionButton } from "@/components/record-action-button";
import type { FormState } from "@/lib/forms/state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function DeleteSection({
  what,
  id,
  action,
  blockedReason,
}: {
  what: string;
  id: number;
  action: Action;
  blockedReason?: string | null;
}) {
  return (
    <section aria-labelledby="delete-heading" className="border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="delete-heading" className="text-lg font-semibold">
        Delete
      </h2>
      {blockedReason ? (
        <p className="text-sm text-stone-700 dark:text-stone-300">{blockedReason}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">
            Deleting hides the {what} from lists and pickers. Nothing is erased: it can be restored, with its history.
          </p>
          <RecordActionButton action={action} id={id} variant="danger" pendingLabel="Deleting…" statusId="delete-status">
            Delete {what}
          </RecordActionButton>
        </>
      )}
    </section>
  );
}

export function DeletedBanner({ what, id, action }: { what: string; id: number; action: Action }) {
  return (
    <section aria-labelledby="deleted-heading" className="rounded-md border border-stone-300 p-4 dark:border-stone-600">
      <h2 id="deleted-heading" className="font-semibold">
        This {what} is deleted
      </h2>
      <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">It is hidden from lists and pickers. Restore it to edit it again.</p>
      <RecordActionButton action={action} id={id} pendingLabel="Restoring…" statusId="restore-status">
        Restore {what}
      </RecordActionButton>
    </section>
  );
}

export function DeletedList<T extends { id: number }>({
  title,
  items,
  name,
  href,
  action,
}: {
  title: string;
  items: T[];
  name: (item: T) => string;
  href: (item: T) => string;
  action: Action;
}) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="deleted-list-heading" className="mt-10">
      <h2 id="deleted-list-heading" className="text-lg font-semibold">
        {title} <span className="font-normal text-stone-600 dark:text-stone-400">({items.length})</span>
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">Hidden from lists and pickers. Restoring brings one back as it was.</p>
      <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <Link href={href(item)} className="min-w-0 break-words text-stone-700 underline dark:text-stone-300">
              {name(item)}
            </Link>
            <RecordActionButton action={action} id={item.id} pendingLabel="Restoring…" statusId={`restore-status-${item.id}`}>
              Restore<span className="sr-only"> {name(item)}</span>
            </RecordActionButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
