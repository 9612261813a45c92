// What readers may see: statements that are published and not deleted. Every reader query
// (pages, API, exports, feeds, PDF, search, counts) filters with one of these forms of the rule,
// so a draft or a deleted statement cannot leak through a query that spelled it differently.
import { Prisma } from "@/lib/generated/prisma/client";

/** The rule as a Prisma `where` on Statement (spread it, or nest it under a `statement` relation). */
export const readerVisible = { status: "PUBLISHED", deletedAt: null } as const satisfies Prisma.StatementWhereInput;

/** The rule as an SQL condition on the Statement table under the given alias (`s` by default). */
export function readerVisibleSql(alias = "s"): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL table alias: ${alias}`);
  const table = Prisma.raw(alias);
  // Quoted names: PostgreSQL folds unquoted ones to lower case.
  return Prisma.sql`${table}."status" = 'PUBLISHED' AND ${table}."deletedAt" IS NULL`;
}

/** The rule for a statement already loaded. */
export function isReaderVisible(statement: { status: string; deletedAt: Date | null }): boolean {
  return statement.status === readerVisible.status && statement.deletedAt === null;
}

/**
 * The rule for a link between two statements: readers see it only while both ends are visible
 * to them, so a link never reveals a draft or a deleted statement (not even that one exists).
 */
export const readerVisibleRelation = { from: readerVisible, to: readerVisible } as const satisfies Prisma.StatementRelationWhereInput;
