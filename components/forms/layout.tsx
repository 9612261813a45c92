// The look of a long form's parts (groups, rows, notices) and the disclosure for a record created
// inline, shared by the statement form and the import review.
import type { ReactNode } from "react";

export const formClass = {
  group: "min-w-0 space-y-4 rounded-lg border border-stone-300 p-4 dark:border-stone-700",
  legend: "px-1 text-lg font-semibold",
  row: "min-w-0 space-y-3 rounded-md border border-stone-200 p-3 dark:border-stone-700",
  rowLegend: "px-1 text-sm font-semibold",
  hint: "text-sm text-stone-600 dark:text-stone-400",
  notice:
    "rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50",
  remove: "text-sm font-medium text-red-700 underline hover:no-underline dark:text-red-400",
  inset: "space-y-3 border-l-4 border-blue-200 pl-3 dark:border-blue-900",
};

/** Fields for a record created inline: a disclosure without JavaScript, shown on "New…" with it. */
export function InlineNew({
  hydrated,
  chosen,
  summary,
  open,
  children,
}: {
  hydrated: boolean;
  chosen: boolean;
  summary: string;
  open: boolean;
  children: ReactNode;
}) {
  if (hydrated) return chosen ? <div className={formClass.inset}>{children}</div> : null;
  return (
    <details open={open} className="rounded-md border border-dashed border-stone-300 p-3 dark:border-stone-600">
      <summary className="cursor-pointer text-sm font-medium">{summary}</summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}
