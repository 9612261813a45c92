import { settledWithin } from "./within";

interface Entry {
  version: string;
  value: unknown;
  /** Which computation produced it: a slower, older one must not replace a newer value. */
  sequence: number;
}

/**
 * A cache of computed values by key and data version. One computation per key and version at a
 * time however many readers ask (single flight), so a reader after a write waits for exactly one
 * computation: the one for the version it read, which started after that version was current.
 * By default a reader never gets an older version's value. With `staleAfterMs` (an operator's
 * opt-in), once a key has a value, no reader waits longer than that for a newer one (stale while
 * revalidating).
 */
export function createAggregateCache({ maxEntries, staleAfterMs = null }: { maxEntries: number; staleAfterMs?: number | null }) {
  const entries = new Map<string, Entry>();
  // By key and version: a computation for an older version, still running, must neither be
  // waited for by a newer reader nor take the place of the newer one in this map.
  const computing = new Map<string, Promise<{ value: unknown }>>();
  let sequence = 0;

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry); // most recently used last
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  function start(key: string, version: string, compute: () => Promise<unknown>): Promise<{ value: unknown }> {
    const flightKey = `${version}\u0000${key}`;
    const running = computing.get(flightKey);
    if (running) return running;
    const ticket = ++sequence;
    const promise = compute().then((value) => {
      const current = entries.get(key);
      if (!current || current.sequence < ticket) remember(key, { version, value, sequence: ticket });
      return { value };
    });
    computing.set(flightKey, promise);
    const done = () => computing.delete(flightKey);
    promise.then(done, done);
    return promise;
  }

  return {
    /**
     * The value of `key` at `version`. With `fresh` (a page rendered for the page cache), a reader
     * never gets an older version's value even when stale figures are allowed. `onStale` is called
     * when the reader is given an older version's value.
     */
    async get<T>(
      key: string,
      version: string,
      compute: () => Promise<T>,
      { fresh: mustBeFresh = false, onStale }: { fresh?: boolean; onStale?: () => void } = {},
    ): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        remember(key, hit);
        return hit.value as T;
      }
      if (!hit || mustBeFresh || staleAfterMs === null) return (await start(key, version, compute)).value as T;
      const alreadyRunning = computing.has(`${version}\u0000${key}`);
      const fresh = start(key, version, compute);
      // A failed refresh leaves the old value in place; the next reader tries again.
      fresh.catch(() => {});
      if (alreadyRunning) {
        onStale?.();
        return hit.value as T;
      }
      const settled = await settledWithin(fresh, staleAfterMs).catch(() => undefined);
      if (settled) return settled.value as T;
      onStale?.();
      return hit.value as T;
    },
    /** How many values are held. */
    get size() {
      return entries.size;
    },
  };
}
