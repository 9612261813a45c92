// Run by scripts/bench-facet-index.ts as `node --expose-gc --conditions=react-server --import tsx`
// (so the server-only data modules load outside Next), on a private copy of the benchmark database.
import { cpus, loadavg } from "node:os";
import { db } from "@/lib/db/client";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { currentFacetIndex, loadFacetIndex } from "@/lib/statements/live-facet-index";
import { createStatement } from "@/lib/statements/mutations";
import { parseStatementForm } from "@/lib/statements/schema";
import {
  computeFacets,
  countStatements,
  monthlyCounts,
  recountMonthlyCounts,
  timelineCount,
  timelineFacets,
} from "@/lib/statements/timeline";
import { submittedForm } from "./bench-form";
import { ms, percentile, printTable } from "./stats";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Wall and CPU time of one run of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

async function main() {
  const views = JSON.parse(process.argv[2] ?? "[]") as string[];
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;

  gc();
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const loading = await timed(() => loadFacetIndex(db));
  const { index } = await loadFacetIndex(db);
  gc();
  const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const statements = index.size;
  console.log(`\nThe facet index on ${statements.toLocaleString("en")} visible statements (${load()})\n`);
  const perMillion = (bytes: number) => mb((bytes / statements) * 1_000_000);
  printTable(
    ["", "measured", "per 1,000,000 statements"],
    [
      ["load (wall / CPU)", `${ms(loading.wall)} / ${ms(loading.cpu)}`, `about ${((loading.wall / statements) * 1000).toFixed(1)} s`],
      ["typed arrays", mb(index.bytes), perMillion(index.bytes)],
      ["heap + array buffers held", mb(heapAfter - heapBefore), perMillion(heapAfter - heapBefore)],
    ],
  );

  await currentFacetIndex();
  const rows: string[][] = [];
  for (const view of views) {
    const filters = parseTimelineFilters(Object.fromEntries(new URLSearchParams(view)));
    const sql = await timed(() => Promise.all([computeFacets(filters), recountMonthlyCounts(filters), countStatements(filters)]));
    const samples: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 20; i++) {
      samples.push(await timed(() => Promise.all([timelineFacets(filters), monthlyCounts(filters), timelineCount(filters)])));
    }
    rows.push([
      `/?${view}`,
      `${ms(sql.wall)} / ${ms(sql.cpu)}`,
      `${ms(
        percentile(
          samples.map((s) => s.wall),
          50,
        ),
      )} / ${ms(
        percentile(
          samples.map((s) => s.cpu),
          50,
        ),
      )}`,
    ]);
  }
  console.log(`\nFacets + month strip + count of a view, wall / CPU (${load()})\n`);
  printTable(["view", "recount in SQL (before)", "facet index, p50 of 20 (after)"], rows);

  const actor = await db.user.create({
    data: { email: `bench-index-${process.pid}@example.test`, name: "Benchmark", passwordHash: "scrypt$unusable" },
  });
  const sourceCount = await db.source.count();
  const catchUps: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const parsed = parseStatementForm(submittedForm(i, sourceCount), "create");
    if (!parsed.success) throw new Error("Benchmark input is invalid");
    await createStatement(db, parsed.data, actor.id);
    catchUps.push(await timed(() => currentFacetIndex()));
  }
  console.log(`\nCatching up with one write (a statement with 3 topics and 2 claims), 30 writes (${load()})\n`);
  printTable(
    ["", "p50", "p95"],
    [
      [
        "wall",
        ms(
          percentile(
            catchUps.map((s) => s.wall),
            50,
          ),
        ),
        ms(
          percentile(
            catchUps.map((s) => s.wall),
            95,
          ),
        ),
      ],
      [
        "CPU",
        ms(
          percentile(
            catchUps.map((s) => s.cpu),
            50,
          ),
        ),
        ms(
          percentile(
            catchUps.map((s) => s.cpu),
            95,
          ),
        ),
      ],
    ],
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
