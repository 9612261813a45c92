// A quote shown inside the source text it came from: a little before, the quote, a little after,
// cut at word boundaries.
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

export function quoteInContext(snapshot: string, start: number, end: number, radius = 280): QuoteInContext | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > snapshot.length) return null;
  let from = Math.max(0, start - radius);
  let to = Math.min(snapshot.length, end + radius);
  if (from > 0) from = snapshot.indexOf(" ", from) + 1 || from;
  if (to < snapshot.length) to = snapshot.lastIndexOf(" ", to) > end ? snapshot.lastIndexOf(" ", to) : to;
  return {
    before: snapshot.slice(from, start),
    quote: snapshot.slice(start, end),
    after: snapshot.slice(end, to),
    truncatedBefore: from > 0,
    truncatedAfter: to < snapshot.length,
  };
}
