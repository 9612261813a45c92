// At most a few password hashes at once. Each scrypt hash takes 128 MiB and about half a second of
// a core; without a bound, a burst of sign-in attempts (each from a new address, so no rate limit
// applies yet) would queue unbounded memory and CPU. A few wait their turn; beyond that the caller
// is told to come back (429 with Retry-After), which costs nothing.

import { ExpectedError } from "@/lib/forms/errors";

export class HashingBusyError extends ExpectedError {
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is checking too many passwords at the moment. Try again in ${retryAfterSeconds} seconds.`);
    this.name = "HashingBusyError";
  }
}

export interface HashSlotStats {
  running: number;
  waiting: number;
  /** Hashes started since the process began (a refused or rate-limited attempt starts none). */
  started: number;
  refused: number;
}

export class HashSlots {
  private running = 0;
  private started = 0;
  private refused = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
    readonly retryAfterSeconds = 2,
  ) {}

  /** Runs `work` in a slot; waits for one when all are taken; throws HashingBusyError when the queue is full too. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.queue.length >= this.maxWaiting) {
        this.refused++;
        throw new HashingBusyError(this.retryAfterSeconds);
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    this.started++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` never drops below the queue's need.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  stats(): HashSlotStats {
    return { running: this.running, waiting: this.queue.length, started: this.started, refused: this.refused };
  }
}

/** Two hashes at once (a core each on a small server), eight more may wait about two seconds. */
export const hashSlots = new HashSlots(2, 8);
