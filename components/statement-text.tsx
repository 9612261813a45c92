import { HighlightedText } from "./highlighted-text";

// A verbatim quote reads as a quotation; a paraphrase is visibly the analyst's wording (globals.css).
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
  const body = highlight ? <HighlightedText parts={highlight} /> : text;
  if (kind === "QUOTE") {
    return (
      <blockquote lang={lang} className={large ? "statement-quote large" : "statement-quote"}>
        <p>
          <span aria-hidden="true">“</span>
          {body}
          <span aria-hidden="true">”</span>
        </p>
      </blockquote>
    );
  }
  return (
    <div lang={lang} className={large ? "statement-paraphrase large" : "statement-paraphrase"}>
      <p>Paraphrase</p>
      <p>{body}</p>
    </div>
  );
}
