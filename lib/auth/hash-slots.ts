// At most a few password hashes at once. Each scrypt hash takes 128 MiB and about half a second of
// a core; without a bound, a burst of sign-in attempts (each from a new address, so no rate limit
// applies yet) would queue unbounded memory and CPU. A few wait their turn; beyond that the caller
// is told to come back (429 with Retry-After), which costs nothing.

import { BoundedSlots } from "@/lib/concurrency/bounded-slots";
import { ExpectedError } from "@/lib/forms/errors";

export class HashingBusyError extends ExpectedError {
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is checking too many passwords at the moment. Try again in ${retryAfterSeconds} seconds.`);
    this.name = "HashingBusyError";
  }
}

export class HashSlots extends BoundedSlots {
  constructor(
    concurrency: number,
    maxWaiting: number,
    readonly retryAfterSeconds = 2,
  ) {
    super({ concurrency, maxWaiting }, () => new HashingBusyError(retryAfterSeconds));
  }

  get maxWaiting(): number {
    return this.options.maxWaiting;
  }
}

/** Two hashes at once (a core each on a small server), eight more may wait about two seconds. */
export const hashSlots = new HashSlots(2, 8);
