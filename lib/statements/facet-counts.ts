// The FacetCount table (kept by triggers, see the facet_counts migration) and a full recount of
// the same figures straight from the statements, which the tests hold the triggers to.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readerVisibleSql } from "./visibility";

type Client = Pick<PrismaClient, "$queryRawUnsafe">;
export type FacetCountMap = Map<string, number>;

const key = (dimension: string, value: string, month: string) => `${dimension}|${value}|${month}`;

/** The stored counts, without rows that fell to zero. */
export async function storedFacetCounts(client: Client): Promise<FacetCountMap> {
  const rows = await client.$queryRawUnsafe<{ dimension: string; value: string; month: string; count: number | bigint }[]>(
    `SELECT dimension, value, month, count FROM FacetCount WHERE count <> 0`,
  );
  return new Map(rows.map((r) => [key(r.dimension, r.value, r.month), Number(r.count)]));
}

const VISIBLE = readerVisibleSql().sql; // no bound values: plain SQL text
const MONTH = `substr(s.dateSort, 1, 7)`;

/** The same figures counted from scratch, one GROUP BY per dimension. */
export async function recountFacetCounts(client: Client): Promise<FacetCountMap> {
  const stances = `FROM Stance st JOIN Statement s ON s.id = st.statementId WHERE ${VISIBLE}`;
  const queries = [
    `SELECT 'all' AS d, '' AS v, ${MONTH} AS m, COUNT(*) AS n FROM Statement s WHERE ${VISIBLE} GROUP BY m`,
    `SELECT 'speaker', CAST(s.speakerId AS TEXT), ${MONTH} AS m, COUNT(*) FROM Statement s WHERE ${VISIBLE} GROUP BY s.speakerId, m`,
    `SELECT 'kind', s.kind, ${MONTH} AS m, COUNT(*) FROM Statement s WHERE ${VISIBLE} GROUP BY s.kind, m`,
    `SELECT 'span', printf('%06d', CAST(round(julianday(s.dateEnd) - julianday(s.dateStart)) AS INTEGER)) AS v, '', COUNT(*) FROM Statement s WHERE ${VISIBLE} GROUP BY v`,
    `SELECT 'with-claims', '', ${MONTH} AS m, COUNT(*) FROM Statement s WHERE ${VISIBLE} AND s.id IN (SELECT statementId FROM Claim) GROUP BY m`,
    `SELECT 'topic', CAST(st.topicId AS TEXT), ${MONTH} AS m, COUNT(*) ${stances} GROUP BY st.topicId, m`,
    `SELECT 'topic-stance', st.topicId || ':' || st.stance, ${MONTH} AS m, COUNT(*) ${stances} GROUP BY st.topicId, st.stance, m`,
    `SELECT 'topic-speaker', st.topicId || ':' || s.speakerId, ${MONTH} AS m, COUNT(*) ${stances} GROUP BY st.topicId, s.speakerId, m`,
    `SELECT 'stance', st.stance, ${MONTH} AS m, COUNT(DISTINCT s.id) ${stances} GROUP BY st.stance, m`,
    `SELECT 'source', so.kind, ${MONTH} AS m, COUNT(DISTINCT s.id) FROM StatementSource ss JOIN Source so ON so.id = ss.sourceId
       JOIN Statement s ON s.id = ss.statementId WHERE ${VISIBLE} GROUP BY so.kind, m`,
    `SELECT 'claim', c.status, ${MONTH} AS m, COUNT(DISTINCT s.id) FROM Claim c JOIN Statement s ON s.id = c.statementId WHERE ${VISIBLE} GROUP BY c.status, m`,
  ];
  const rows = await client.$queryRawUnsafe<{ d: string; v: string; m: string; n: number | bigint }[]>(
    queries.map((q) => `SELECT * FROM (${q})`).join(" UNION ALL "),
  );
  return new Map(rows.map((r) => [key(r.d, String(r.v), r.m), Number(r.n)]));
}
