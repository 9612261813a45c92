/**
 * The value of `promise` if it settles within `ms`, else undefined (the promise keeps running and
 * can still be awaited). A page renders an aggregate in place when it is ready in time and streams
 * it later otherwise, so a quick view carries no fallback markup.
 */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return Promise.race([promise, Promise.resolve(undefined)]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A time budget that starts now: `settle` waits for a promise at most until the budget is spent. */
export function timeBudget(ms: number) {
  const deadline = performance.now() + ms;
  return { settle: <T>(promise: Promise<T>) => settledWithin(promise, deadline - performance.now()) };
}
