// Saving a statement on a 100,000-statement database: 3 topics and 2 claims, through the code
// path the form action runs (parse the submitted fields with the statement schema, then
// createStatement: reference checks, duplicate check, latest-stance check, the insert with its
// nested rows and FTS triggers, and the revision). Works on a private copy of the shared
// synthetic database, so the copy's growth never skews the reader benchmarks.
//
//   npx tsx scripts/bench-statements.ts [iterations]
import { createClient } from "@/lib/db/create-client";
import { createStatement } from "@/lib/statements/mutations";
import { parseStatementForm } from "@/lib/statements/schema";
import { submittedForm } from "./lib/bench-form";
import { ms, percentile, printTable } from "./lib/stats";
import { BENCH_SIZE, copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

const ITERATIONS = Number(process.argv[2] ?? 200);
const WARM_UP = 20;
const TARGET_P50_MS = 30;

async function main() {
  const shared = await ensureSyntheticDatabase(BENCH_SIZE);
  const file = copyDatabase(shared, "statements");
  const db = createClient(`file:${file}`);
  try {
    const statementsBefore = await db.statement.count();
    const sourceCount = await db.source.count();
    const actor = await db.user.create({
      data: { email: `bench-${process.pid}@example.test`, name: "Benchmark", passwordHash: "scrypt$unusable" },
    });

    const parse: number[] = [];
    const save: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      const values = submittedForm(i, sourceCount);
      const started = performance.now();
      const parsed = parseStatementForm(values, "create");
      if (!parsed.success) throw new Error(`Benchmark input is invalid: ${JSON.stringify(parsed.error.issues)}`);
      const parsedAt = performance.now();
      await createStatement(db, parsed.data, actor.id);
      const savedAt = performance.now();
      if (i < WARM_UP) continue;
      parse.push(parsedAt - started);
      save.push(savedAt - parsedAt);
      total.push(savedAt - started);
    }

    const written = (await db.statement.count()) - statementsBefore;
    if (written !== WARM_UP + ITERATIONS) throw new Error(`Expected ${WARM_UP + ITERATIONS} new statements, found ${written}.`);
    const row = (name: string, samples: number[]) => [
      name,
      ms(percentile(samples, 50)),
      ms(percentile(samples, 95)),
      ms(Math.max(...samples)),
    ];
    console.log(
      `\nCreate a statement with 3 topics and 2 claims, ${statementsBefore.toLocaleString("en")} statements in the database ` +
        `(${ITERATIONS} sequential saves after ${WARM_UP} warm-up; target p50 < ${TARGET_P50_MS} ms)\n`,
    );
    printTable(
      ["step", "p50", "p95", "max"],
      [row("parse form (zod)", parse), row("createStatement (one transaction)", save), row("total", total)],
    );
    const p50 = percentile(total, 50);
    console.log(`\nTarget met: ${p50 < TARGET_P50_MS ? "yes" : "NO"} (p50 ${ms(p50)})`);
  } finally {
    await db.$disconnect();
    removeDatabase(file);
  }
}

main().then(
  // The schema engine (used when the database is first built) leaves a timer behind.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
