import { WordDiff } from "@/components/word-diff";
import { compareRendering } from "@/lib/renderings/compare";

/**
 * A source's own wording of the statement, against the statement's (canonical) text: the words
 * that differ, and whether the difference changes what the speaker is reported to have said.
 */
export function RenderingComparison({ canonical, rendering, headingId }: { canonical: string; rendering: string; headingId: string }) {
  const comparison = compareRendering(canonical, rendering);
  const flagged = comparison.flags.length > 0;
  return (
    <section
      aria-labelledby={headingId}
      className={`mt-2 rounded-md border p-3 text-sm ${
        flagged
          ? "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950"
          : "border-stone-200 bg-stone-50 dark:border-stone-800 dark:bg-stone-900"
      }`}
    >
      <h3 id={headingId} className="font-medium">
        {flagged
          ? "⚠ Reported differently: the wording here changes the meaning"
          : comparison.sameWords
            ? "Worded as in the statement's text"
            : "Worded differently here, with the same meaning"}
      </h3>
      {comparison.sameWords ? null : (
        <>
          <p className="mt-1 text-stone-700 dark:text-stone-300">
            This source&apos;s words against the statement&apos;s text (<del className="line-through">not in this source</del>,{" "}
            <ins className="underline">only in this source</ins>):
          </p>
          <WordDiff segments={comparison.segments} />
        </>
      )}
      {flagged ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 font-medium text-amber-950 dark:text-amber-100">
          {comparison.flags.map((flag, i) => (
            <li key={i}>{flag.message}</li>
          ))}
        </ul>
      ) : null}
      {comparison.notes.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300">
          {comparison.notes.map((note, i) => (
            <li key={i}>{note.message}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
