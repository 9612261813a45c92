import Link from "next/link";
import type { ActiveFilter } from "@/lib/statements/filters";

export function ActiveFilterChips({ chips, href }: { chips: ActiveFilter[]; href: (chip: ActiveFilter) => string }) {
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="mt-3 flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={href(chip)}
            className="inline-flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 px-3 py-1 text-sm text-blue-900 no-underline hover:bg-blue-100 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100"
          >
            {chip.label}
            <span aria-hidden="true" className="ml-1 font-semibold">
              ×
            </span>
            <span className="sr-only">(remove this filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
