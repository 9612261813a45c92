// Turns whatever a reader types into a safe SQLite FTS5 query. Supported: words (all must match),
// "exact phrases", prefix* searches, OR between terms and -word to exclude. Everything else is
// treated as text, so no input can produce an FTS5 syntax error.

const TOKEN = /(?<![\p{L}\p{N}])(OR)(?![\p{L}\p{N}'’_*-])|(-?)"([^"]*)"|(-?)([\p{L}\p{N}][\p{L}\p{N}'’_-]*)(\*?)/gu;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Words of a phrase or term, split the way FTS5's unicode61 tokenizer splits them. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

export interface FtsQuery {
  match: string;
  /** Terms for highlighting in places FTS5 does not cover. */
  terms: string[];
}

export function toFtsQuery(input: string): FtsQuery | null {
  const positive: string[] = [];
  const negative: string[] = [];
  const terms: string[] = [];
  let pendingOr = false;
  for (const m of input.matchAll(TOKEN)) {
    const [, or, phraseNeg, phrase, termNeg, term, star] = m;
    if (or) {
      pendingOr = positive.length > 0;
      continue;
    }
    const tokens = words(phrase ?? term ?? "");
    if (tokens.length === 0) continue;
    let expr = quote(tokens.join(" "));
    if (term && star && tokens.length === 1) expr += "*";
    if (phraseNeg === "-" || termNeg === "-") {
      negative.push(expr);
      pendingOr = false;
      continue;
    }
    terms.push(...tokens);
    if (pendingOr && positive.length > 0) positive.push(`(${positive.pop()} OR ${expr})`);
    else positive.push(expr);
    pendingOr = false;
  }
  if (positive.length === 0) return null;
  const match = positive.join(" AND ") + negative.map((n) => ` NOT ${n}`).join("");
  return { match, terms };
}
