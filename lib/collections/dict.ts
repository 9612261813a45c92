// Collections keyed by what a client sent (query parameter names, form field names, words of a
// text, codes in a URL). A plain `{}` answers `constructor`, `toString` or `__proto__` from
// Object.prototype: a lookup finds a function, an accumulator pushes onto one (a 500), and an
// assignment to `__proto__` swaps the prototype. These helpers make the safe way the easy way;
// eslint.config.mjs refuses the unsafe patterns.

/**
 * An empty record with no prototype: only keys put into it are in it. For the server side only:
 * React refuses to send null-prototype objects to the browser (use a Map, then Object.fromEntries).
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record with no prototype holding the given entries (a lookup table for input keys). */
export function dictFrom<T>(entries: Iterable<readonly [string, T]> | Record<string, T>): Record<string, T> {
  const record = dict<T>();
  const list =
    typeof (entries as Iterable<unknown>)[Symbol.iterator] === "function"
      ? (entries as Iterable<readonly [string, T]>)
      : Object.entries(entries);
  for (const [key, value] of list) record[key] = value;
  return record;
}

/** The value a record holds under `key` itself, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Every value of each name, in order: `?a=1&a=2&b=3` → { a: ["1", "2"], b: ["3"] }, with no prototype. */
export function groupEntries(entries: Iterable<readonly [string, string]>): Record<string, string[]> {
  const groups = dict<string[]>();
  for (const [key, value] of entries) {
    const list = groups[key];
    if (list) list.push(value);
    else groups[key] = [value];
  }
  return groups;
}
