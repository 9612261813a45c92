/** Text split at search matches (odd parts are matches), rendered with <mark>; never raw HTML. */
export function HighlightedText({ parts }: { parts: string[] }) {
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-900 dark:bg-yellow-300">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
