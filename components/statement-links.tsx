// A statement's links to others, both directions: "walks back", "answered by"… with the other
// statement's speaker, date and opening words. Staff also see links to drafts and deleted
// statements, marked as such; readers are given only links whose two ends they may see.
import type { StatementLink } from "@/lib/relations/queries";

export function StatementLinks({ links, headingId = "links-heading" }: { links: StatementLink[]; headingId?: string }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        Related statements
      </h2>
      <ul className="mt-2 space-y-3">
        {links.map((link) => (
          <li
            key={`${link.direction}-${link.type}-${link.other.id}`}
            className="rounded border border-stone-200 p-3 dark:border-stone-800"
            data-link-type={link.type}
          >
            <p className="text-sm">
              <span className="font-semibold uppercase tracking-wide text-stone-800 dark:text-stone-200">
                {link.label.replace(/^./, (c) => c.toUpperCase())}
              </span>{" "}
              <a href={`/statements/${link.other.id}`} className="text-link">
                {link.other.speakerName}, <time dateTime={link.other.date.start}>{link.other.dateLabel}</time>
              </a>
              {link.other.deleted ? <span className="ml-2 text-red-800 dark:text-red-300">(deleted)</span> : null}
              {!link.other.deleted && link.other.status === "DRAFT" ? (
                <span className="ml-2 text-amber-800 dark:text-amber-300">(draft)</span>
              ) : null}
            </p>
            <p className="mt-1 text-stone-700 dark:text-stone-300">“{link.other.excerpt}”</p>
            {link.note ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Note: {link.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
