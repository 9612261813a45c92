import type { DiffSegment } from "@/lib/renderings/compare";

/** Removed and added words, marked by more than colour: struck through or underlined, and named for screen readers. */
export function WordDiff({ segments }: { segments: DiffSegment[] }) {
  return (
    <p className="mt-1 font-serif leading-relaxed break-words">
      {segments.map((segment, i) => {
        const space = i > 0 ? " " : "";
        if (segment.op === "equal")
          return (
            <span key={i}>
              {space}
              {segment.text}
            </span>
          );
        if (segment.op === "delete")
          return (
            <span key={i}>
              {space}
              <del className="rounded-sm bg-rose-100 px-0.5 text-rose-900 line-through decoration-2 dark:bg-rose-950 dark:text-rose-100">
                <span className="sr-only">[said, not in this source: </span>
                {segment.text}
                <span className="sr-only">]</span>
              </del>
            </span>
          );
        return (
          <span key={i}>
            {space}
            <ins className="rounded-sm bg-emerald-100 px-0.5 text-emerald-900 underline decoration-2 underline-offset-2 dark:bg-emerald-950 dark:text-emerald-100">
              <span className="sr-only">[in this source instead: </span>
              {segment.text}
              <span className="sr-only">]</span>
            </ins>
          </span>
        );
      })}
    </p>
  );
}
