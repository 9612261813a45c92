import { verifyQuote } from "@/lib/import/anchor";
import type { DiffOp } from "@/lib/import/diff";
import { quoteInContext } from "@/lib/sources/context";
import type { StatementDetail } from "@/lib/statements/queries";

type Source = StatementDetail["sources"][number];

function anchorOf(source: Pick<Source, "quoteStart" | "quoteEnd" | "anchorExact" | "anchorPrefix" | "anchorSuffix">) {
  if (source.quoteStart === null || source.quoteEnd === null) return null;
  return {
    exact: source.anchorExact ?? "",
    prefix: source.anchorPrefix ?? "",
    suffix: source.anchorSuffix ?? "",
    start: source.quoteStart,
    end: source.quoteEnd,
  };
}

function Diff({ ops }: { ops: DiffOp[] }) {
  return (
    <p className="mt-1 font-serif leading-relaxed">
      {ops.map((op, i) =>
        op.op === "equal" ? (
          <span key={i}>{op.text} </span>
        ) : op.op === "delete" ? (
          <del
            key={i}
            className="bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100"
            title="In the source, not in the statement"
          >
            {op.text}{" "}
          </del>
        ) : (
          <ins
            key={i}
            className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-100"
            title="In the statement, not in the source"
          >
            {op.text}{" "}
          </ins>
        ),
      )}
    </p>
  );
}

/**
 * Where the statement stands in the source's stored text: the passage highlighted in context and,
 * for a verbatim quote, whether the quote still matches the source word for word.
 */
export function SourceProvenance({
  source,
  statement,
}: {
  source: Omit<Source, "rendering"> & { rendering?: string | null };
  statement: Pick<StatementDetail, "kind" | "text">;
}) {
  const snapshot = source.snapshotText;
  if (!snapshot) return null;
  const anchor = anchorOf(source);
  // A source that words the statement its own way is checked against that wording.
  const words = source.rendering || statement.text;
  const verification = statement.kind === "QUOTE" ? verifyQuote(snapshot, anchor, words) : null;
  const range = verification?.range ?? (anchor ? { start: anchor.start, end: anchor.end } : null);
  const context = range ? quoteInContext(snapshot, range.start, range.end) : null;
  if (!verification && !context) return null;

  return (
    <div className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm dark:border-stone-800 dark:bg-stone-900">
      {verification ? (
        verification.status === "matches" ? (
          <p className="font-medium text-emerald-800 dark:text-emerald-300">
            ✓ {source.rendering ? "This wording matches" : "Matches"} the source word for word
          </p>
        ) : (
          <>
            <p className="font-medium text-rose-800 dark:text-rose-300">
              ✗ Differs from the source
              {verification.reason === "not-in-source" ? ": not found in the stored text" : ": edited since it was taken from the source"}
            </p>
            {verification.diff.length > 0 ? (
              <>
                <p className="mt-1 text-stone-600 dark:text-stone-400">
                  Differences, source → statement (<del>removed</del>, <ins className="no-underline">added</ins>):
                </p>
                <Diff ops={verification.diff} />
              </>
            ) : null}
          </>
        )
      ) : null}
      {context ? (
        <figure className="mt-2">
          <figcaption className="text-stone-600 dark:text-stone-400">In the stored source text:</figcaption>
          <blockquote className="mt-1 border-l-2 border-stone-300 pl-3 font-serif leading-relaxed whitespace-pre-line dark:border-stone-600">
            {context.truncatedBefore ? "… " : ""}
            {context.before}
            <mark className="rounded-sm bg-yellow-200 px-0.5 text-stone-900 dark:bg-yellow-300">{context.quote}</mark>
            {context.after}
            {context.truncatedAfter ? " …" : ""}
          </blockquote>
        </figure>
      ) : null}
    </div>
  );
}
