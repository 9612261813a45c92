import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "./create-client";
import { databaseUrl } from "./url";

// One client per process: `next dev` re-evaluates modules on every edit, and each new client
// would open another handle on the database file.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient(databaseUrl());
globalForPrisma.prisma = db;
