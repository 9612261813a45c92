// Turns whatever a reader types into a safe full-text query: SQLite FTS5 (`match`) and PostgreSQL
// tsquery (`tsquery`), the same meaning in both. Supported: words (all must match),
// "exact phrases", prefix* searches, OR between terms and -word to exclude. Everything else is
// treated as text, so no input can produce an FTS5 syntax error.

const TOKEN = /(?<![\p{L}\p{N}])(OR)(?![\p{L}\p{N}'’_*-])|(-?)"([^"]*)"|(-?)([\p{L}\p{N}][\p{L}\p{N}'’_-]*)(\*?)/gu;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
// tsquery lexemes: words are letters and digits only, so quoting needs no escapes.
const lexeme = (word: string) => `'${word}'`;

/** Words of a phrase or term, split the way FTS5's unicode61 tokenizer splits them. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

export interface FtsQuery {
  /** For SQLite: `statement_fts MATCH ?`. */
  match: string;
  /** For PostgreSQL: `to_tsquery(config, ?)`. */
  tsquery: string;
  /** Terms for highlighting in places FTS5 does not cover. */
  terms: string[];
}

export function toFtsQuery(input: string): FtsQuery | null {
  const positive: string[] = [];
  const negative: string[] = [];
  const positiveTs: string[] = [];
  const negativeTs: string[] = [];
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
    let tsExpr = tokens.length === 1 ? lexeme(tokens[0] ?? "") : `(${tokens.map(lexeme).join(" <-> ")})`;
    if (term && star && tokens.length === 1) {
      expr += "*";
      tsExpr += ":*";
    }
    if (phraseNeg === "-" || termNeg === "-") {
      negative.push(expr);
      negativeTs.push(tsExpr);
      pendingOr = false;
      continue;
    }
    terms.push(...tokens);
    if (pendingOr && positive.length > 0) {
      positive.push(`(${positive.pop()} OR ${expr})`);
      positiveTs.push(`(${positiveTs.pop()} | ${tsExpr})`);
    } else {
      positive.push(expr);
      positiveTs.push(tsExpr);
    }
    pendingOr = false;
  }
  if (positive.length === 0) return null;
  const match = positive.join(" AND ") + negative.map((n) => ` NOT ${n}`).join("");
  const tsquery = positiveTs.join(" & ") + negativeTs.map((n) => ` & !${n}`).join("");
  return { match, tsquery, terms };
}
