// The FacetCount table (kept by triggers, see the facet_count_span_only migration of each engine:
// only the 'span' rows are left, the other counts come from the facet index) and a full recount of
// the same figures straight from the statements, which the tests hold the triggers to.
import { dialect } from "@/lib/db/dialect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readerVisibleSql } from "./visibility";

type Client = Pick<PrismaClient, "$queryRaw">;
export type FacetCountMap = Map<string, number>;

const key = (dimension: string, value: string, month: string) => `${dimension}|${value}|${month}`;

/** The stored counts, without rows that fell to zero. */
export async function storedFacetCounts(client: Client): Promise<FacetCountMap> {
  const rows = await client.$queryRaw<{ dimension: string; value: string; month: string; count: number | bigint }[]>`
    SELECT "dimension" AS dimension, "value" AS value, "month" AS month, "count" AS count FROM "FacetCount" WHERE "count" <> 0`;
  return new Map(rows.map((r) => [key(r.dimension, r.value, r.month), Number(r.count)]));
}

/** The same figures counted from scratch: visible statements by the length of their interval. */
export async function recountFacetCounts(client: Client): Promise<FacetCountMap> {
  const span = dialect().spanValue("s");
  const rows = await client.$queryRaw<{ d: string; v: string; m: string; n: number | bigint }[]>`
    SELECT 'span' AS d, ${span} AS v, '' AS m, COUNT(*) AS n FROM "Statement" s WHERE ${readerVisibleSql()} GROUP BY ${span}`;
  return new Map(rows.map((r) => [key(r.d, String(r.v), r.m), Number(r.n)]));
}
