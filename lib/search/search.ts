// Full-text search over statements on either engine (lib/db/dialect.ts has the differing SQL).
import { dialect } from "@/lib/db/dialect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readerVisibleSql } from "@/lib/statements/visibility";
import { toFtsQuery } from "./fts-query";

type Client = Pick<PrismaClient, "$queryRaw">;

export interface SearchHighlight {
  text: string;
  claims: string | null;
  sources: string | null;
}

/** Ids of the statements readers may see that match what was typed, in id order. */
export async function searchStatementIds(client: Client, input: string): Promise<number[]> {
  const query = toFtsQuery(input);
  if (!query) return [];
  const rows = await client.$queryRaw<{ id: bigint | number }[]>`
    SELECT s."id" FROM "Statement" AS s
    WHERE ${readerVisibleSql("s")} AND s."id" IN (${dialect().searchMatchIds(query)})
    ORDER BY s."id"`;
  return rows.map((row) => Number(row.id));
}

/** How many statements (of any status) contain the terms: the index's own count. */
export async function countSearchMatches(client: Client, input: string): Promise<number> {
  const query = toFtsQuery(input);
  if (!query) return 0;
  const rows = await client.$queryRaw<{ n: bigint | number }[]>(dialect().searchMatchCount(query));
  return Number(rows[0]?.n ?? 0);
}

/** For the given statements, their text with every match between `open` and `close`. */
export async function searchHighlights(
  client: Client,
  ids: number[],
  input: string,
  marks: { open: string; close: string },
): Promise<Map<number, SearchHighlight>> {
  const query = toFtsQuery(input);
  const map = new Map<number, SearchHighlight>();
  if (!query || ids.length === 0) return map;
  const rows = await client.$queryRaw<{ id: bigint | number; text: string; claims: string | null; sources: string | null }[]>(
    dialect().searchHighlights(query, ids, marks.open, marks.close),
  );
  for (const row of rows) map.set(Number(row.id), { text: row.text, claims: row.claims, sources: row.sources });
  return map;
}
