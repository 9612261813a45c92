// A titled section of a reader page (a statement's topics, claims and sources; a topic's
// statements): the same shell on today's pages and on their as-of views, so the two read alike.
import type { ReactNode } from "react";

export function RecordSection({
  id,
  title,
  empty = null,
  size = "lg",
  children,
}: {
  /** The heading's id is `<id>-heading`; the section is named by it. */
  id: string;
  title: ReactNode;
  /** Shown instead of the content when there is nothing to list. */
  empty?: string | null;
  size?: "lg" | "xl";
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={`${size === "xl" ? "text-xl" : "text-lg"} font-semibold`}>
        {title}
      </h2>
      {empty ? <p className="mt-1 text-stone-600 dark:text-stone-400">{empty}</p> : children}
    </section>
  );
}
