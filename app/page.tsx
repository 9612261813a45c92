import { z } from "zod";
import { format, parseISO } from "date-fns";
import { StatementCard } from "@/components/statement-card";
import { Pagination } from "@/components/pagination";
import { listPublishedStatements, type StatementSummary } from "@/lib/statements/queries";

const timelineParams = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

function groupByMonth(statements: StatementSummary[]) {
  // A statement known only to the year (or vaguer) is grouped under its year, not a month.
  const groups: { period: string; id: string; label: string; statements: StatementSummary[] }[] = [];
  for (const statement of statements) {
    const { start, end } = statement.date;
    const period = start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : start.slice(0, 4);
    const last = groups.at(-1);
    if (last?.period === period) last.statements.push(statement);
    else
      groups.push({
        period,
        id: `${period}-${groups.length}`,
        label: period.length === 4 ? period : format(parseISO(`${period}-01`), "MMMM yyyy"),
        statements: [statement],
      });
  }
  return groups;
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { page } = timelineParams.parse(await searchParams);
  const { statements, total, pageCount } = await listPublishedStatements({ page });

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Timeline</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        {total} published {total === 1 ? "statement" : "statements"}, newest first.
      </p>
      {statements.length === 0 ? (
        <p className="mt-8 rounded border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
          No statements have been published yet.
        </p>
      ) : (
        groupByMonth(statements).map((group) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`} className="mt-8">
            <h2 id={`group-${group.id}`} className="sticky top-0 z-10 bg-stone-50/95 py-2 text-lg font-semibold dark:bg-stone-950/95">
              {group.label}
            </h2>
            <ol className="mt-2 space-y-4">
              {group.statements.map((statement) => (
                <li key={statement.id}>
                  <StatementCard statement={statement} />
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? "/" : `/?page=${p}`)} />
    </>
  );
}
