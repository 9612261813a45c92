import { HighlightedText } from "./highlighted-text";

// A verbatim quote reads as a quotation; a paraphrase is visibly the analyst's wording.
export function StatementText({
  kind,
  text,
  lang,
  large = false,
  highlight,
}: {
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  lang?: string;
  large?: boolean;
  highlight?: string[];
}) {
  const size = large ? "text-xl leading-relaxed" : "text-base leading-relaxed";
  const body = highlight ? <HighlightedText parts={highlight} /> : text;
  if (kind === "QUOTE") {
    return (
      <blockquote lang={lang} className={`border-l-4 border-blue-700 pl-4 font-serif dark:border-blue-400 ${size}`}>
        <p>
          <span aria-hidden="true">“</span>
          {body}
          <span aria-hidden="true">”</span>
        </p>
      </blockquote>
    );
  }
  return (
    <div lang={lang} className={`border-l-4 border-dashed border-stone-400 pl-4 dark:border-stone-500 ${size}`}>
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">Paraphrase</p>
      <p>{body}</p>
    </div>
  );
}
