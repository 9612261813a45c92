import { settledWithin } from "./within";

interface Entry {
  version: string;
  value: unknown;
  /** Which computation produced it: a slower, older one must not replace a newer value. */
  sequence: number;
}

/**
 * A cache of computed values by key and data version, with two guarantees: one computation per
 * key and version at a time however many readers ask (single flight), and once a key has a value,
 * no reader waits longer than `freshWithinMs` for a newer one (stale while revalidating).
 */
export function createAggregateCache({ maxEntries, freshWithinMs }: { maxEntries: number; freshWithinMs: number }) {
  const entries = new Map<string, Entry>();
  const computing = new Map<string, { version: string; promise: Promise<{ value: unknown }> }>();
  let sequence = 0;

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry); // most recently used last
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  function start(key: string, version: string, compute: () => Promise<unknown>): Promise<{ value: unknown }> {
    const running = computing.get(key);
    if (running && running.version === version) return running.promise;
    const ticket = ++sequence;
    const promise = compute().then((value) => {
      const current = entries.get(key);
      if (!current || current.sequence < ticket) remember(key, { version, value, sequence: ticket });
      return { value };
    });
    const flight = { version, promise };
    computing.set(key, flight);
    const done = () => {
      if (computing.get(key) === flight) computing.delete(key);
    };
    promise.then(done, done);
    return promise;
  }

  return {
    /**
     * With `fresh`, a reader never gets an older version's value (it waits for the computation).
     * `onStale` is called when the reader is given an older version's value.
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
      if (!hit || mustBeFresh) return (await start(key, version, compute)).value as T;
      const alreadyRunning = computing.get(key)?.version === version;
      const fresh = start(key, version, compute);
      // A failed refresh leaves the old value in place; the next reader tries again.
      fresh.catch(() => {});
      if (alreadyRunning) {
        onStale?.();
        return hit.value as T;
      }
      const settled = await settledWithin(fresh, freshWithinMs).catch(() => undefined);
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
