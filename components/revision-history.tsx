// A record's audit trail: who changed what, when, field by field. Long values are cut short with
// the full text one click away, so a pasted transcript does not bury the rest of the history.
import { format } from "date-fns";
import type { FieldChanges } from "@/lib/revisions/diff";
import type { ValueLabels } from "@/lib/revisions/labels";
import type { RevisionEntry } from "@/lib/revisions/queries";

const ACTION_LABEL: Record<RevisionEntry["action"], string> = {
  CREATE: "Created",
  UPDATE: "Edited",
  DELETE: "Deleted",
  RESTORE: "Restored",
};

const SHORT = 140;

export type { ValueLabels };

function humanise(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function asText(field: string, value: unknown, labels: ValueLabels): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.map((item) => asText(field, item, labels) ?? "").join("\n") : null;
  if (typeof value === "string") return labels.values?.[field]?.[value] ?? value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function Value({ field, value, labels }: { field: string; value: unknown; labels: ValueLabels }) {
  const text = asText(field, value, labels);
  if (text === null) return <span className="italic text-stone-500 dark:text-stone-400">empty</span>;
  if (text.length <= SHORT) return <span className="whitespace-pre-line break-words">{text}</span>;
  return (
    <details className="inline-block max-w-full align-top">
      <summary className="cursor-pointer break-words">
        {text.slice(0, SHORT).trimEnd()}… <span className="text-link">show all {text.length.toLocaleString("en")} characters</span>
      </summary>
      <p className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-100 p-2 dark:bg-stone-800">{text}</p>
    </details>
  );
}

/** Field-level before → after; reused by forms to show what someone else changed meanwhile. */
export function FieldChangeList({
  changes,
  labels = {},
  showBefore = true,
}: {
  changes: FieldChanges;
  labels?: ValueLabels;
  showBefore?: boolean;
}) {
  // A creation lists what was filled in; blank fields say nothing.
  const fields = Object.keys(changes).filter((field) => showBefore || asText(field, changes[field]!.after, labels) !== null);
  if (!fields.length) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {fields.map((field) => {
        const change = changes[field]!;
        return (
          <div key={field} className="contents">
            <dt className="font-medium text-stone-700 dark:text-stone-300">{labels.fields?.[field] ?? humanise(field)}</dt>
            <dd className="min-w-0">
              {showBefore ? (
                <>
                  <span className="sr-only">from </span>
                  <del className="text-stone-600 no-underline dark:text-stone-400">
                    <Value field={field} value={change.before} labels={labels} />
                  </del>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> to </span>
                </>
              ) : null}
              <ins className="no-underline">
                <Value field={field} value={change.after} labels={labels} />
              </ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function RevisionHistory({
  entries,
  labels = {},
  title = "History",
}: {
  entries: RevisionEntry[];
  labels?: ValueLabels;
  title?: string;
}) {
  return (
    <section aria-labelledby="revision-history-heading" className="mt-10">
      <h2 id="revision-history-heading" className="text-lg font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">No recorded changes yet.</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((entry) => {
            const changes = entry.action === "DELETE" || entry.action === "RESTORE" ? {} : entry.changes;
            return (
              <li key={entry.id} className="rounded-md border border-stone-200 p-3 dark:border-stone-700">
                <p className="text-sm">
                  <span className="font-semibold">{ACTION_LABEL[entry.action]}</span> by {entry.actor},{" "}
                  <time dateTime={entry.at.toISOString()}>{format(entry.at, "d MMM yyyy, HH:mm")}</time>
                </p>
                <FieldChangeList changes={changes} labels={labels} showBefore={entry.action === "UPDATE"} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
