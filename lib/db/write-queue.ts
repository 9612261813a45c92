// Every write transaction of the app waits its turn here, first come first served. SQLite has one
// writer; left to itself, a burst of transactions piles up behind the driver's lock with no bound,
// and a client can wait many seconds for a save that then succeeds (or times out). Here the
// transactions run one at a time (PostgreSQL: one per pooled connection) in arrival order, and a
// transaction that could not start within about WRITE_WAIT_BUDGET_MS is refused at once, before it
// writes anything, with a message the form shows beside everything the user typed (actions) or a
// 503 with Retry-After (routes). SQLite's busy timeout stays the backstop against other processes.
import { BoundedSlots } from "@/lib/concurrency/bounded-slots";
import { ExpectedError } from "@/lib/forms/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const SERVER_BUSY_MESSAGE =
  "The server is busy with other changes, so nothing was saved. Your input is kept: try again in a few seconds.";
export const SERVER_BUSY_RETRY_SECONDS = 2;

/** A write refused because too many were already waiting; nothing was written. */
export class ServerBusyError extends ExpectedError {
  readonly retryAfterSeconds = SERVER_BUSY_RETRY_SECONDS;
  constructor() {
    super(SERVER_BUSY_MESSAGE);
    this.name = "ServerBusyError";
  }
}

/**
 * Set by the app's server (lib/http/write-admission.ts) on a server-action post it could not admit
 * at once: the action answers with the busy message and the input, without touching the database.
 * The server removes the header from every request first, so a client cannot set it for another.
 */
export const WRITE_REFUSED_HEADER = "x-tracker-write-refused";

/** A setting that must be a positive number; anything else means the default. */
export const positiveSetting = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** The queue's settings from the environment: one writer for SQLite, the pool's size for PostgreSQL. */
export function writeQueueOptions(postgres: boolean, env: NodeJS.ProcessEnv = process.env) {
  return {
    concurrency: postgres ? positiveSetting(env.DATABASE_POOL_SIZE, 10) : 1,
    // A hard cap whatever the timing says, and the expected wait a write may have before it is refused.
    maxWaiting: positiveSetting(env.WRITE_QUEUE_MAX_WAITING, 100),
    waitBudgetMs: positiveSetting(env.WRITE_WAIT_BUDGET_MS, 1500),
    minWaiting: 10,
  };
}

export function createWriteQueue(options: ReturnType<typeof writeQueueOptions>): BoundedSlots {
  return new BoundedSlots(options, () => new ServerBusyError());
}

/**
 * The client with `$transaction` (interactive and batch) sent through the queue. Everything else
 * passes through untouched; a transaction's own client (`tx`) is not queued again.
 */
export function queueTransactions(client: PrismaClient, queue: BoundedSlots): PrismaClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const queued = (...args: unknown[]) => queue.run(() => transaction(...args));
  return new Proxy(client, {
    get(target, property) {
      if (property === "$transaction") return queued;
      const value: unknown = Reflect.get(target, property, target);
      // Methods run on the client itself (it keeps private state that a proxy cannot reach).
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
