import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/url";
import { readerVisible } from "./visibility";

// The proxy runs outside React's server bundle, so it keeps its own client (one per process).
const holder = globalThis as unknown as { proxyPrisma?: PrismaClient };

/** Whether a published statement was deleted (a draft that was deleted stays a plain 404). */
export async function statementIsDeleted(id: number): Promise<boolean> {
  holder.proxyPrisma ??= createClient(databaseUrl());
  const row = await holder.proxyPrisma.statement.findUnique({ where: { id }, select: { deletedAt: true, status: true } });
  return row?.deletedAt != null && row.status === readerVisible.status;
}
