// Open data on the 100,000-statement benchmark database:
//  - CSV export of every published statement through the export route's handler, in a child
//    process of its own, so its peak RSS (getrusage maxRSS) is the export's and not this script's;
//    the JSON and JSON-LD exports likewise, for comparison;
//  - GET /api/statements, pages of 50: the route handler called in-process with a Request (no HTTP
//    server: the database work and the JSON encoding are measured), first pages and deep cursor
//    pages, unfiltered and filtered.
// Targets: CSV export under 10 s with peak RSS under 200 MB; an API page p50 under 50 ms.
// The children run as plain JavaScript bundled by esbuild (tsx's loader alone holds ~30 MB in a
// thread of its own, which the app under `next start` does not have), with
// `node --conditions=react-server` so the server-only modules load. Without esbuild they run
// through tsx. CPU time is shown beside wall time: on a busy machine the wall time is not the code's.
import { spawn } from "node:child_process";
import path from "node:path";
import { ms, percentile, printTable } from "./lib/stats";

const ORIGIN = "http://bench.test";
const API_ITERATIONS = 100;

type ExportFigures = { bytes: number; rows: number; seconds: number; cpuSeconds: number; baselineRssMb: number; peakRssMb: number };
type ApiFigures = Record<string, { p50: number; p95: number; count: number }>;

const EXPORT_ROUTES = {
  csv: () => import("../app/export/statements.csv/route"),
  json: () => import("../app/export/statements.json/route"),
  jsonld: () => import("../app/export/claims.jsonld/route"),
};

async function exportInChild(format: "csv" | "json" | "jsonld"): Promise<ExportFigures> {
  const { GET } = await EXPORT_ROUTES[format]();
  // What the process holds before the export: Node and the app's modules.
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const response: Response = await GET(new Request(`${ORIGIN}/export/x`));
  if (!response.ok || !response.body) throw new Error(`export failed: HTTP ${response.status}`);
  let bytes = 0;
  let newlines = 0;
  // Read as a client would, chunk by chunk, without keeping the file.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    bytes,
    rows: newlines,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function apiInChild(): Promise<ApiFigures> {
  const { GET } = await import("../app/api/statements/route");
  const page = async (query: string) => {
    const response: Response = await GET(new Request(`${ORIGIN}/api/statements?${query}`));
    if (response.status !== 200) throw new Error(`${query}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as { data: unknown[]; nextCursor: string | null };
  };
  // A cursor deep in the result: 20 pages of 100 in.
  const deep = async (query: string) => {
    let cursor = "";
    for (let i = 0; i < 20; i++) cursor = (await page(`${query}&limit=100&cursor=${cursor}`)).nextCursor ?? "";
    return cursor;
  };
  const scenarios: [string, string][] = [
    ["first page, unfiltered", "limit=50"],
    ["deep cursor page (2,000 in), unfiltered", `limit=50&cursor=${await deep("order=newest")}`],
    ["first page, oldest first", "limit=50&order=oldest"],
    ["first page, topic", "limit=50&topic=topic-7"],
    ["deep cursor page, topic", `limit=50&topic=topic-7&cursor=${await deep("topic=topic-7")}`],
    ["first page, speaker + date range", "limit=50&speaker=speaker-3&from=2015&to=2018"],
    ["first page, text search", "limit=50&q=patriot+deterrence"],
  ];
  const figures: ApiFigures = {};
  for (const [name, query] of scenarios) {
    for (let i = 0; i < 5; i++) await page(query);
    const samples: number[] = [];
    let count = 0;
    for (let i = 0; i < API_ITERATIONS; i++) {
      const started = performance.now();
      count = (await page(query)).data.length;
      samples.push(performance.now() - started);
    }
    figures[name] = { p50: percentile(samples, 50), p95: percentile(samples, 95), count };
  }
  return figures;
}

/** The command that runs this script's child modes: a bundle when esbuild (tsx's own) is there. */
async function childCommand(): Promise<string[]> {
  const outfile = path.join("node_modules", ".cache", "bench-open-data", "child.mjs");
  try {
    const { build } = await import("esbuild");
    await build({
      entryPoints: ["scripts/bench-open-data.ts"],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      external: ["./lib/synthetic-db"],
      tsconfig: "tsconfig.json",
      logLevel: "error",
    });
    return ["--conditions=react-server", outfile];
  } catch (error) {
    console.warn(
      `Running the children through tsx (no bundle: ${error instanceof Error ? error.message : error}); their memory includes tsx's loader.`,
    );
    return ["--conditions=react-server", "--import", "tsx", "scripts/bench-open-data.ts"];
  }
}

function runChild<T>(command: string[], mode: string, databaseUrl: string): Promise<T> {
  const child = spawn(process.execPath, [...command, "--child", mode], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as T) : reject(new Error(`${mode} benchmark failed (exit ${code})`)),
    ),
  );
}

async function main() {
  // Imported here, not at the top: the children measure their memory and load only what they use.
  const { BENCH_SIZE, ensureSyntheticDatabase } = await import("./lib/synthetic-db");
  const file = await ensureSyntheticDatabase(BENCH_SIZE);
  const url = `file:${file}`;
  const command = await childCommand();
  const exports: [string, ExportFigures][] = [];
  for (const format of ["csv", "json", "jsonld"] as const) exports.push([format, await runChild<ExportFigures>(command, format, url)]);
  console.log(
    `\nExports of all published statements of ${BENCH_SIZE.statements.toLocaleString("en")} (route handler, own process each; target for CSV: < 10 s, peak RSS < 200 MB)\n`,
  );
  printTable(
    ["format", "size", "lines", "time", "CPU time", "RSS before", "peak RSS", "meets target"],
    exports.map(([format, f]) => [
      format,
      `${(f.bytes / 1024 / 1024).toFixed(1)} MB`,
      f.rows.toLocaleString("en"),
      `${f.seconds.toFixed(2)} s`,
      `${f.cpuSeconds.toFixed(2)} s`,
      `${f.baselineRssMb.toFixed(0)} MB`,
      `${f.peakRssMb.toFixed(0)} MB`,
      format === "csv" ? (f.seconds < 10 && f.peakRssMb < 200 ? "yes" : "NO") : "",
    ]),
  );

  const api = await runChild<ApiFigures>(command, "api", url);
  console.log(`\nGET /api/statements, route handler in-process (${API_ITERATIONS} sequential requests each; target p50 < 50 ms)\n`);
  printTable(
    ["scenario", "items", "p50", "p95", "meets target"],
    Object.entries(api).map(([name, f]) => [name, String(f.count), ms(f.p50), ms(f.p95), f.p50 < 50 ? "yes" : "NO"]),
  );
  const csv = exports[0]![1];
  const ok = csv.seconds < 10 && csv.peakRssMb < 200 && Object.values(api).every((f) => f.p50 < 50);
  process.exit(ok ? 0 : 1);
}

const childMode = process.argv.indexOf("--child");
if (childMode !== -1) {
  const mode = process.argv[childMode + 1]!;
  (mode === "api" ? apiInChild() : exportInChild(mode as "csv" | "json" | "jsonld"))
    .then((figures) => {
      console.log(JSON.stringify(figures));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
