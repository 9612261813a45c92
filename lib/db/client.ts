import "server-only";
import type { BoundedSlots } from "@/lib/concurrency/bounded-slots";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "./create-client";
import { databaseProvider, databaseUrl } from "./url";
import { createWriteQueue, queueTransactions, writeQueueOptions } from "./write-queue";

// One client per process: `next dev` re-evaluates modules on every edit, and each new client
// would open another handle on the database file. Its write transactions share one queue.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; writeQueue?: BoundedSlots };

/** The queue every write transaction of this process waits in (lib/db/write-queue.ts). */
export const writeQueue: BoundedSlots =
  globalForPrisma.writeQueue ?? createWriteQueue(writeQueueOptions(databaseProvider() === "postgres"));
export const db: PrismaClient = globalForPrisma.prisma ?? queueTransactions(createClient(databaseUrl()), writeQueue);
globalForPrisma.writeQueue = writeQueue;
globalForPrisma.prisma = db;
