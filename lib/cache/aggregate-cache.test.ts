import { describe, expect, it } from "vitest";
import { createAggregateCache } from "./aggregate-cache";

/** A computation the test finishes by hand, counting how often it was started. */
function controlled<T>() {
  const calls: ((value: T) => void)[] = [];
  const compute = () => new Promise<T>((resolve) => calls.push(resolve));
  return { compute, calls };
}

describe("aggregate cache", () => {
  it("computes once for concurrent readers of a new key", async () => {
    const cache = createAggregateCache({ maxEntries: 10 });
    const { compute, calls } = controlled<number>();
    const readers = Promise.all([cache.get("k", "v1", compute), cache.get("k", "v1", compute), cache.get("k", "v1", compute)]);
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    calls[0]!(42);
    expect(await readers).toEqual([42, 42, 42]);
    expect(await cache.get("k", "v1", compute)).toBe(42);
    expect(calls).toHaveLength(1);
  });

  it("by default, makes every reader after a change wait for one recomputation and gives them all the new value", async () => {
    const cache = createAggregateCache({ maxEntries: 10 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    const { compute, calls } = controlled<number>();
    const stale: number[] = [];
    const readers = Promise.all([1, 2, 3].map(() => cache.get("k", "v2", compute, { onStale: () => stale.push(1) })));
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    calls[0]!(2);
    expect(await readers).toEqual([2, 2, 2]);
    expect(stale).toEqual([]);
    expect(await cache.get("k", "v2", compute)).toBe(2);
    expect(calls).toHaveLength(1);
  });

  it("makes a reader of a newer version wait only for its own recomputation, not for an older one still running", async () => {
    const cache = createAggregateCache({ maxEntries: 10 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    const older = controlled<number>();
    const olderReader = cache.get("k", "v2", older.compute);
    const newer = controlled<number>();
    const newerReaders = Promise.all([cache.get("k", "v3", newer.compute), cache.get("k", "v3", newer.compute)]);
    await Promise.resolve();
    expect(older.calls).toHaveLength(1);
    expect(newer.calls).toHaveLength(1);
    newer.calls[0]!(3);
    expect(await newerReaders).toEqual([3, 3]);
    // The older computation, finishing last, neither fails its reader nor replaces the newer value.
    older.calls[0]!(2);
    expect(await olderReader).toBe(2);
    expect(await cache.get("k", "v3", async () => 99)).toBe(3);
  });

  it("by default, fails the readers of a failed recomputation rather than give them the old value, and tries again", async () => {
    const cache = createAggregateCache({ maxEntries: 10 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    await expect(cache.get("k", "v2", () => Promise.reject(new Error("busy")))).rejects.toThrow("busy");
    expect(await cache.get("k", "v2", async () => 2)).toBe(2);
  });

  it("with stale figures allowed, after a change, serves the old value while one recomputation runs, then the new one", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 0 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    const { compute, calls } = controlled<number>();
    expect(await cache.get("k", "v2", compute)).toBe(1);
    expect(await cache.get("k", "v2", compute)).toBe(1);
    expect(calls).toHaveLength(1);
    calls[0]!(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get("k", "v2", compute)).toBe(2);
    expect(calls).toHaveLength(1);
  });

  it("with stale figures allowed, tells a reader given an older version's value, and only then", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 0 });
    const stale: string[] = [];
    expect(await cache.get("k", "v1", async () => 1, { onStale: () => stale.push("first") })).toBe(1);
    const { compute, calls } = controlled<number>();
    expect(await cache.get("k", "v2", compute, { onStale: () => stale.push("starts the recomputation") })).toBe(1);
    expect(await cache.get("k", "v2", compute, { onStale: () => stale.push("during it") })).toBe(1);
    calls[0]!(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get("k", "v2", compute, { onStale: () => stale.push("after it") })).toBe(2);
    expect(stale).toEqual(["starts the recomputation", "during it"]);
  });

  it("makes a reader that must be fresh (a page for the page cache) wait for the one recomputation", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 0 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    const { compute, calls } = controlled<number>();
    const fresh = cache.get("k", "v2", compute, { fresh: true });
    expect(await cache.get("k", "v2", compute)).toBe(1);
    expect(calls).toHaveLength(1);
    calls[0]!(2);
    expect(await fresh).toBe(2);
  });

  it("with stale figures allowed, gives the new value when the recomputation finishes within the allowance", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 10_000 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    expect(await cache.get("k", "v2", async () => 2)).toBe(2);
  });

  it("with stale figures allowed, keeps the old value when a recomputation fails, and tries again", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 10_000 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    expect(await cache.get("k", "v2", () => Promise.reject(new Error("busy")))).toBe(1);
    expect(await cache.get("k", "v2", async () => 3)).toBe(3);
  });

  it("never lets an older computation replace a newer value", async () => {
    const cache = createAggregateCache({ maxEntries: 10, staleAfterMs: 0 });
    expect(await cache.get("k", "v1", async () => 1)).toBe(1);
    const slow = controlled<number>();
    await cache.get("k", "v2", slow.compute);
    await cache.get("k", "v3", async () => 3);
    await new Promise((r) => setTimeout(r, 0));
    slow.calls[0]!(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get("k", "v3", async () => 99)).toBe(3);
  });

  it("holds at most maxEntries values, dropping the least recently used", async () => {
    const cache = createAggregateCache({ maxEntries: 2, staleAfterMs: 0 });
    await cache.get("a", "v", async () => "a");
    await cache.get("b", "v", async () => "b");
    await cache.get("a", "v", async () => "a2");
    await cache.get("c", "v", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", "v", async () => "recomputed")).toBe("a");
    expect(await cache.get("b", "v", async () => "recomputed")).toBe("recomputed");
  });
});
