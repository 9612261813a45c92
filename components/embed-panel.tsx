// "Embed": the iframe code for the statement's card, and where oEmbed consumers find it.
import { CopyButton } from "./copy-button";
import { escapeMarkup } from "@/lib/text/markup";
import { EMBED_SIZE } from "@/lib/embed/card";

export function EmbedPanel({ statementId, origin }: { statementId: number; origin: string }) {
  const src = `${origin}/embed/statements/${statementId}`;
  const code =
    `<iframe src="${escapeMarkup(src)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
    `title="Statement ${statementId} on Statement Tracker" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <summary className="cursor-pointer font-medium">Embed this statement</summary>
      <div className="mt-3 space-y-2 text-sm">
        <p className="text-stone-700 dark:text-stone-300">
          Paste this into another page to show the statement as a card that links back here. Sites that support oEmbed find it from this
          page&rsquo;s address alone.{" "}
          <a className="text-link" href={`/embed/statements/${statementId}`}>
            Preview the card
          </a>
        </p>
        <label htmlFor="embed-code" className="block font-medium">
          Embed code
        </label>
        <textarea
          id="embed-code"
          readOnly
          rows={3}
          value={code}
          className="block w-full rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs text-stone-900 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100"
        />
        <CopyButton targetId="embed-code" label="embed code" />
      </div>
    </details>
  );
}
