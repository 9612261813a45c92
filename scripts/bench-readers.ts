// Reader pages over HTTP against `next start` on a 100,000-statement database, beside the time of
// the same database work run directly, so the page's own overhead is visible.
import { spawn } from "node:child_process";
import { BENCH_DIST_DIR, ensureBuild } from "./lib/build";
import { freePort } from "./lib/free-port";
import { bin } from "./lib/run";
import { ms, percentile, printTable } from "./lib/stats";
import { BENCH_SIZE, ensureSyntheticDatabase } from "./lib/synthetic-db";

const ITERATIONS = 60;
// Its own build folder, so a benchmark never waits on (or breaks) a test build.

const scenarios = [
  { name: "timeline, unfiltered", path: "/", kind: "timeline", query: "" },
  { name: "timeline, by topic", path: "/?topic=topic-7", kind: "timeline", query: "topic=topic-7" },
  {
    name: "timeline, topic + date range",
    path: "/?topic=topic-7&from=2015-01-01&to=2016-12-31",
    kind: "timeline",
    query: "topic=topic-7&from=2015-01-01&to=2016-12-31",
  },
  { name: "timeline, text search", path: "/?q=patriot+deterrence", kind: "timeline", query: "q=patriot+deterrence" },
  { name: "topic page", path: "/topics/topic-7", kind: "topic", query: "topic-7" },
  { name: "statement permalink", path: "/statements/50000", kind: "statement", query: "50000" },
] as const;

async function waitForServer(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server did not start at ${url}`);
}

async function directQueryTimes(url: string): Promise<Record<string, { cold: number; p50: number; p95: number }>> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench-queries.ts", JSON.stringify(scenarios), String(ITERATIONS)],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error("direct query benchmark failed");
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

export async function benchReaders(): Promise<void> {
  const file = await ensureSyntheticDatabase(BENCH_SIZE);
  const url = `file:${file}`;
  await ensureBuild(BENCH_DIST_DIR);
  const port = await freePort();
  const server = spawn(bin("next"), ["start", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/topics`);
    const rows: string[][] = [];
    const direct = await directQueryTimes(url);
    for (const scenario of scenarios) {
      const first = performance.now();
      const response = await fetch(base + scenario.path);
      if (!response.ok) throw new Error(`${scenario.path}: HTTP ${response.status}`);
      await response.text();
      const cold = performance.now() - first;
      for (let i = 0; i < 3; i++) await (await fetch(base + scenario.path)).text();
      const samples: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const start = performance.now();
        await (await fetch(base + scenario.path)).text();
        samples.push(performance.now() - start);
      }
      const d = direct[scenario.name]!;
      const p50 = percentile(samples, 50);
      const p95 = percentile(samples, 95);
      rows.push([scenario.name, ms(cold), ms(p50), ms(p95), p50 < 50 && p95 < 150 ? "yes" : "NO", ms(d.cold), ms(d.p50), ms(d.p95)]);
    }
    console.log(
      `\nReader pages over HTTP, ${BENCH_SIZE.statements.toLocaleString("en")} statements (${ITERATIONS} sequential requests each; target p50 < 50 ms, p95 < 150 ms)\n`,
    );
    printTable(["page", "first", "p50", "p95", "target met", "db first", "db p50", "db p95"], rows);
  } finally {
    server.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchReaders().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
