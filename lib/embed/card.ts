// The embeddable statement card: a small standalone HTML page for other sites' iframes. Built as
// a string with every value escaped, served with a policy that allows no script at all, so even
// text that slipped through could not run.
import { precisionNote } from "@/lib/dates/precision";
import type { StatementSummary } from "@/lib/statements/queries";
import { truncateOnWord } from "@/lib/share/text";
import { escapeMarkup as esc } from "@/lib/text/markup";

export const EMBED_SIZE = { width: 560, height: 320 } as const;
const QUOTE_LENGTH = 420;

/** Framable by any site, and nothing else: no scripts, no forms, no other origin's resources. */
export const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const STYLE = `
:root{color-scheme:light dark;--ink:#1c1917;--muted:#57534e;--paper:#fff;--rule:#d6d3d1;--accent:#1d4ed8;--link:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--ink:#f5f5f4;--muted:#d6d3d1;--paper:#1c1917;--rule:#44403c;--accent:#60a5fa;--link:#93c5fd}}
*{box-sizing:border-box}html,body{margin:0}
body{font:15px/1.45 ui-sans-serif,system-ui,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--paper)}
main{border:1px solid var(--rule);border-radius:8px;padding:14px 16px;max-width:100%;min-height:100vh;display:flex;flex-direction:column;gap:10px}
.brand{font-size:12px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);margin:0}
blockquote,.paraphrase{margin:0;border-left:4px solid var(--accent);padding-left:12px;font-family:ui-serif,Georgia,"DejaVu Serif",serif;font-size:17px;overflow-wrap:anywhere}
.paraphrase .label{display:block;font:600 12px/1.4 ui-sans-serif,system-ui,sans-serif;text-transform:uppercase;color:var(--muted)}
h1{font-size:16px;margin:0}.meta{margin:0;color:var(--muted);font-size:14px}
a{color:var(--link)}footer{margin-top:auto;font-size:14px}
`;

export function embedCardHtml(statement: StatementSummary, origin: string): string {
  const permalink = `${origin}/statements/${statement.id}`;
  const text = truncateOnWord(statement.text, QUOTE_LENGTH);
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(statement.language) ? statement.language : "und";
  const note = precisionNote(statement.date);
  const source = statement.sources[0];
  const body =
    statement.kind === "QUOTE"
      ? `<blockquote lang="${esc(lang)}" cite="${esc(permalink)}"><p>“${esc(text)}”</p></blockquote>`
      : `<div class="paraphrase" lang="${esc(lang)}"><span class="label">Paraphrase</span><p>${esc(text)}</p></div>`;
  const meta = [statement.speaker.roleThen, `${statement.dateLabel}${note ? ` (${note})` : ""}`].filter(Boolean).join(" · ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(`${statement.speaker.name}, ${statement.dateLabel} · Statement Tracker`)}</title>
<link rel="canonical" href="${esc(permalink)}">
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">Statement Tracker</p>
${body}
<div>
<h1><a href="${esc(`${origin}/speakers/${statement.speaker.slug}`)}" target="_blank" rel="noopener">${esc(statement.speaker.name)}</a></h1>
<p class="meta">${esc(meta)}</p>
${source ? `<p class="meta">Source: ${esc([source.title, source.outlet].filter(Boolean).join(", "))}</p>` : ""}
</div>
<footer><a href="${esc(permalink)}" target="_blank" rel="noopener">The statement with its sources and history on Statement Tracker</a></footer>
</main>
</body>
</html>
`;
}

export function embedNotFoundHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Statement not available</title><style>${STYLE}</style></head>
<body><main><h1>Statement not available</h1><p class="meta">It was withdrawn or never published.</p></main></body></html>
`;
}
