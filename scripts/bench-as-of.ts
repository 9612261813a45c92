// `npm run bench -- as-of`: the record as of a past day on the 100,000-statement database, with
// a year of history. The statements are spread over the past year by the time they were recorded,
// then EDITS real edits and DELETES soft deletes go through the record lifecycle (each writing its
// revision), dated in order over that year. Prints how long a timeline page, a filtered timeline,
// a topic's whole record and a permalink take as of days further and further back (the further
// back, the more statements changed since and are rebuilt), beside today's timeline page.
import Database from "better-sqlite3";
import { runOnBenchCopy } from "./lib/bench-child";
import { percentile, printTable } from "./lib/stats";

const EDITS = Number(process.env.BENCH_AS_OF_EDITS ?? 2000);
const DELETES = Number(process.env.BENCH_AS_OF_DELETES ?? 200);
const ITERATIONS = 10;
const DAY = 24 * 60 * 60 * 1000;

async function main() {
  if (process.argv[2] === "--work") return work(process.env.DATABASE_URL!.replace(/^file:/, ""));
  process.exitCode = await runOnBenchCopy("as-of", "scripts/bench-as-of.ts", ["--work"], { env: { NODE_ENV: "production" } });
}

async function work(file: string) {
  const now = Date.now();
  const yearAgo = now - 365 * DAY;
  // Recorded over the past year in id order (ids grow with creation time, as in a real database).
  const raw = new Database(file);
  const { n } = raw.prepare(`SELECT COUNT(*) AS n FROM "Statement"`).get() as { n: number };
  raw.prepare(`UPDATE "Statement" SET "createdAt" = ? + ("id" * ?)`).run(yearAgo, Math.floor((300 * DAY) / n));
  raw.close();

  const { db } = await import("@/lib/db/client");
  const { statementRecord, softDeleteStatement } = await import("@/lib/statements/mutations");
  const { timelineAsOf, statementAsOf, allStatementsAsOf } = await import("@/lib/as-of/queries");
  const { timelinePage } = await import("@/lib/statements/timeline");
  const { emptyFilters } = await import("@/lib/statements/filters");
  const { utcDay } = await import("@/lib/as-of/as-of-date");

  // Edits and deletes in time order over the last 300 days, each on a statement recorded by then.
  const changes = EDITS + DELETES;
  const started = performance.now();
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < changes; i++) {
    const at = new Date(now - 300 * DAY + Math.floor(((i + 1) / (changes + 1)) * 299 * DAY));
    const recordedBy = Math.max(1, Math.floor(((at.getTime() - yearAgo) / (300 * DAY)) * n));
    const id = 1 + Math.floor(random() * recordedBy);
    const row = await db.statement.findUnique({ where: { id }, select: { version: true, deletedAt: true } });
    if (!row || row.deletedAt) continue;
    if (i % Math.round(changes / Math.max(DELETES, 1)) === 0 && DELETES > 0) await softDeleteStatement(db, id, null);
    else
      await statementRecord.update(db, id, row.version, null, async (current) => ({
        text: `${current.text} (revised ${utcDay(at)})`,
      }));
    const latest = await db.revision.findFirstOrThrow({ where: { entity: "Statement", entityId: id }, orderBy: { id: "desc" } });
    await db.revision.update({ where: { id: latest.id }, data: { createdAt: at } });
  }
  console.log(
    `${n.toLocaleString("en")} statements recorded over 300 days; ${(await db.revision.count()).toLocaleString("en")} revisions written in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );

  const topic = await db.topic.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } });
  const edited = await db.revision.findFirstOrThrow({ where: { entity: "Statement", action: "UPDATE" }, select: { entityId: true } });
  const time = async (work: () => Promise<unknown>) => {
    await work();
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await work();
      samples.push(performance.now() - t0);
    }
    return [percentile(samples, 50), percentile(samples, 95)];
  };
  const rows: string[][] = [];
  const today = await time(() => timelinePage(emptyFilters));
  rows.push(["today", "0", "timeline page 1 (today's query)", ...today.map((v) => v.toFixed(1))]);
  for (const back of [1, 30, 90, 180, 290]) {
    const day = utcDay(new Date(now - back * DAY));
    const changed = await db.revision.findMany({
      where: { entity: "Statement", createdAt: { gte: new Date(`${day}T00:00:00Z`) } },
      distinct: ["entityId"],
      select: { entityId: true },
    });
    const views: [string, () => Promise<unknown>][] = [
      ["timeline page 1", () => timelineAsOf(emptyFilters, day)],
      ["timeline page 40", () => timelineAsOf({ ...emptyFilters, page: 40 }, day)],
      ["timeline, one topic, search", () => timelineAsOf({ ...emptyFilters, topics: [topic.slug], q: "defence" }, day)],
      ["topic, whole record (≤ 2,000)", () => allStatementsAsOf({ ...emptyFilters, topics: [topic.slug] }, day)],
      ["permalink of an edited statement", () => statementAsOf(edited.entityId, day)],
    ];
    for (const [label, view] of views) {
      const [p50, p95] = await time(view);
      rows.push([`${back} days ago`, changed.length.toLocaleString("en"), label, p50!.toFixed(1), p95!.toFixed(1)]);
    }
  }
  printTable(["as of", "statements changed since", "view", "p50 ms", "p95 ms"], rows);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
