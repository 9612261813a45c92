// A bounded FIFO semaphore: at most `concurrency` tasks run, the next ones wait their turn in
// arrival order, and a task that would wait too long is refused at once (the caller then answers
// "busy, try again" instead of keeping its client waiting). "Too long" is a count of waiting tasks,
// and optionally a time budget: with the recent average duration of a task, the expected wait of
// the newcomer must stay within `waitBudgetMs`.

export interface BoundedSlotsOptions {
  concurrency: number;
  /** Tasks that may wait; the next one is refused. */
  maxWaiting: number;
  /** Refuse a task whose expected wait (waiting tasks × average duration ÷ concurrency) exceeds this… */
  waitBudgetMs?: number;
  /** …once at least this many wait: a slow first task (a cold start) must not turn away a handful. */
  minWaiting?: number;
  /** The clock that times tasks (performance.now by default; tests pass their own). */
  now?: () => number;
  /** What a task is expected to take before any has ended, so the budget holds from the first burst (0: unknown). */
  initialAverageMs?: number;
}

export interface SlotStats {
  running: number;
  waiting: number;
  /** Tasks started since the process began. */
  started: number;
  refused: number;
  /** The recent average duration of a task in ms (0 before the first one ends). */
  averageMs: number;
}

// Weight of the newest duration in the running average: it follows a change of load within ~10 tasks.
const AVERAGE_WEIGHT = 0.2;

export class BoundedSlots {
  private running = 0;
  private started = 0;
  private refused = 0;
  private averageMs = 0;
  private readonly queue: (() => void)[] = [];
  private readonly now: () => number;

  constructor(
    readonly options: BoundedSlotsOptions,
    private readonly refusal: () => Error,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.averageMs = options.initialAverageMs ?? 0;
  }

  /** The wait a task arriving now can expect, in ms. */
  expectedWaitMs(): number {
    if (this.running < this.options.concurrency) return 0;
    return ((this.queue.length + 1) * this.averageMs) / this.options.concurrency;
  }

  /** Runs `task` in a slot; waits for one in arrival order; throws the refusal when the wait would be too long. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      const { maxWaiting, waitBudgetMs, minWaiting = 0 } = this.options;
      const overBudget = waitBudgetMs !== undefined && this.queue.length >= minWaiting && this.expectedWaitMs() > waitBudgetMs;
      if (this.queue.length >= maxWaiting || overBudget) {
        this.refused++;
        throw this.refusal();
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    this.started++;
    const began = this.now();
    try {
      return await task();
    } finally {
      // One very slow task (a stall, a cold start) counts as no longer than the whole budget.
      const took = Math.min(this.now() - began, this.options.waitBudgetMs ?? Infinity);
      this.averageMs = this.averageMs === 0 ? took : this.averageMs + AVERAGE_WEIGHT * (took - this.averageMs);
      // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  stats(): SlotStats {
    return { running: this.running, waiting: this.queue.length, started: this.started, refused: this.refused, averageMs: this.averageMs };
  }
}
