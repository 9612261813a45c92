// The FacetCount table (kept by triggers, see the facet_counts migration of each engine) and a
// full recount of the same figures straight from the statements, which the tests hold the
// triggers to.
import { dialect } from "@/lib/db/dialect";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
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

/** The same figures counted from scratch, one GROUP BY per dimension. */
export async function recountFacetCounts(client: Client): Promise<FacetCountMap> {
  const visible = readerVisibleSql();
  const month = Prisma.sql`substr(s."dateSort", 1, 7)`;
  // Enums are cast to text: PostgreSQL will not unite an enum column with text ones.
  const text = (column: string) => Prisma.raw(`CAST(${column} AS TEXT)`);
  const stances = Prisma.sql`FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId" WHERE ${visible}`;
  const queries = [
    Prisma.sql`SELECT 'all' AS d, '' AS v, ${month} AS m, COUNT(*) AS n FROM "Statement" s WHERE ${visible} GROUP BY ${month}`,
    Prisma.sql`SELECT 'speaker', ${text(`s."speakerId"`)}, ${month}, COUNT(*) FROM "Statement" s WHERE ${visible} GROUP BY s."speakerId", ${month}`,
    Prisma.sql`SELECT 'kind', ${text(`s."kind"`)}, ${month}, COUNT(*) FROM "Statement" s WHERE ${visible} GROUP BY s."kind", ${month}`,
    Prisma.sql`SELECT 'span', ${dialect().spanValue("s")}, '', COUNT(*) FROM "Statement" s WHERE ${visible} GROUP BY ${dialect().spanValue("s")}`,
    Prisma.sql`SELECT 'with-claims', '', ${month}, COUNT(*) FROM "Statement" s WHERE ${visible}
      AND s."id" IN (SELECT "statementId" FROM "Claim") GROUP BY ${month}`,
    Prisma.sql`SELECT 'topic', ${text(`st."topicId"`)}, ${month}, COUNT(*) ${stances} GROUP BY st."topicId", ${month}`,
    Prisma.sql`SELECT 'topic-stance', st."topicId" || ':' || ${text(`st."stance"`)}, ${month}, COUNT(*) ${stances}
      GROUP BY st."topicId", st."stance", ${month}`,
    Prisma.sql`SELECT 'topic-speaker', st."topicId" || ':' || s."speakerId", ${month}, COUNT(*) ${stances}
      GROUP BY st."topicId", s."speakerId", ${month}`,
    Prisma.sql`SELECT 'stance', ${text(`st."stance"`)}, ${month}, COUNT(DISTINCT s."id") ${stances} GROUP BY st."stance", ${month}`,
    Prisma.sql`SELECT 'source', ${text(`so."kind"`)}, ${month}, COUNT(DISTINCT s."id") FROM "StatementSource" ss
      JOIN "Source" so ON so."id" = ss."sourceId" JOIN "Statement" s ON s."id" = ss."statementId" WHERE ${visible} GROUP BY so."kind", ${month}`,
    Prisma.sql`SELECT 'claim', ${text(`c."status"`)}, ${month}, COUNT(DISTINCT s."id") FROM "Claim" c
      JOIN "Statement" s ON s."id" = c."statementId" WHERE ${visible} GROUP BY c."status", ${month}`,
  ];
  const rows = await client.$queryRaw<{ d: string; v: string; m: string; n: number | bigint }[]>(
    Prisma.join(
      queries.map((q, i) => Prisma.sql`SELECT * FROM (${q}) AS ${Prisma.raw(`q${i}`)}`),
      " UNION ALL ",
    ),
  );
  return new Map(rows.map((r) => [key(r.d, String(r.v), r.m), Number(r.n)]));
}
