// Whose position a topic view shows: a plain GET form (no JavaScript needed), the same on today's
// view and on a view as of a past day (which keeps its day in a hidden field).
export function SpeakerPicker({
  path,
  speakers,
  chosen,
  keep = [],
}: {
  path: string;
  speakers: { slug: string; name: string; count: number }[];
  chosen: string | undefined;
  /** Other parameters the view keeps, as hidden fields. */
  keep?: [string, string][];
}) {
  return (
    <form method="get" action={path} className="flex flex-wrap items-end gap-2">
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm font-medium">
        Speaker
        <select
          name="speaker"
          defaultValue={chosen}
          className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
        >
          {speakers.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        Show
      </button>
    </form>
  );
}
