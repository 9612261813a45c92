// What tells a reader that a page shows the record of a past day, or why it could not.
import { asOfLabel, asOfMoment } from "@/lib/as-of/as-of-date";

/** The label of a view of the past, with the way back to today's. */
export function AsOfBanner({ day, todayHref, children }: { day: string; todayHref: string; children?: React.ReactNode }) {
  return (
    <section
      aria-label="Past version of this page"
      className="as-of-banner rounded-lg border-2 border-sky-700 bg-sky-50 p-3 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50"
    >
      <p className="font-semibold">
        {asOfLabel(day)}; <a href={todayHref}>see today&rsquo;s version</a>
      </p>
      <p className="mt-1 text-sm">
        The record as readers saw it at {asOfMoment(day)}, rebuilt from its history of changes: statements published later are left out, and
        those changed, unpublished or deleted since are shown as they stood then. Names of speakers, topics and sources are today&rsquo;s
        unless the statement itself changed them. Nothing can be edited here.
      </p>
      {children}
    </section>
  );
}

/** An `asOf` that cannot be shown: the reason, and that today's version follows. */
export function AsOfRefused({ message }: { message: string }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {message} Showing today&rsquo;s version.
    </p>
  );
}

/**
 * A form to see the page as it stood on a past day: a plain GET that keeps the page's other
 * parameters, so it works without JavaScript.
 */
export function AsOfPicker({
  action,
  keep = [],
  value = "",
  max,
}: {
  action: string;
  keep?: [string, string][];
  value?: string;
  max: string;
}) {
  return (
    <form method="get" action={action} className="as-of-picker flex flex-wrap items-end gap-2 text-sm">
      {keep.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
      <label className="font-medium">
        As it stood on
        <input
          type="date"
          name="asOf"
          defaultValue={value}
          max={max}
          className="mt-1 block rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        Show that day
      </button>
    </form>
  );
}
