// npx tsx scripts/bench-pdf.ts [--in-process] [--statements N]
//
// The PDF export under load: a synthetic topic view with 1,000 statements in a throw-away SQLite
// database, exported through a real `next start` of the test build (.next-e2e, rebuilt when the
// sources changed) while a reader page is requested again and again. Measures the time to the
// PDF, the server's extra peak memory (its RSS, worker threads included) and how long the page
// requests made during the render took. --in-process runs the same export in this process with a
// small HTTP server instead, for machines where `next start` is impractical.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@/lib/db/create-client";
import { midpoint } from "@/lib/dates/precision";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BENCH_DIST_DIR, ensureBuild } from "./lib/build";
import { freePort } from "./lib/free-port";
import { dispose, migrateDeploy } from "./lib/schema-engine";

const TARGETS = { seconds: 5, extraMb: 300, pageMs: 200 };
const TOPIC = "bench-defence-spending";
const SPEAKER = "bench-speaker";
const argv = process.argv.slice(2);
const STATEMENTS = Number(argv[argv.indexOf("--statements") + 1]) || 1000;
const IN_PROCESS = argv.includes("--in-process");

// ---------------------------------------------------------------------------------------------
// A synthetic but realistic view: one speaker, one topic, eight years of statements with a few
// changes of position, uncertain dates, quotes and paraphrases, claims and cited sources.

const WORDS = (
  "allies defence spending must rise readiness deterrence Russia Ukraine support air missile industry production capacity " +
  "commitment target percent security Europe partners summit budget Łódź Élysée Путин Zelenskyy ammunition stockpiles " +
  "investment interoperability burden sharing eastern flank credible forces training exercises procurement resilience"
).split(" ");

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function seed(db: PrismaClient, count: number): Promise<{ statementId: number }> {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: min + Math.floor(rand() * (max - min)) }, () => pick(WORDS));
    return `${words.join(" ")}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const person = await db.person.create({
    data: {
      slug: SPEAKER,
      name: "Alexandra Nowak-Petrenko",
      roles: {
        create: [
          { title: "Minister of Defence", organisation: "Government of Poland", startDate: "2015-01-01", endDate: "2019-12-31" },
          { title: "Secretary General", organisation: "NATO", startDate: "2020-01-01", endDate: null },
        ],
      },
    },
  });
  const topic = await db.topic.create({
    data: { slug: TOPIC, name: "Defence spending (benchmark)", proposition: "NATO allies should spend more on defence." },
  });
  const sources: { id: number }[] = [];
  for (let i = 0; i < 60; i++) {
    sources.push(
      await db.source.create({
        data: {
          title: `Report ${i + 1}: ${sentence(5, 12)}`,
          outlet: pick(["POLITICO Europe", "Reuters", "NATO", "Gazeta Wyborcza", "Le Monde", "Kyiv Independent"]),
          url: `https://news.example.org/${2016 + (i % 8)}/${String(1 + (i % 12)).padStart(2, "0")}/report-${i}-${pick(WORDS).toLowerCase()}-${pick(WORDS).toLowerCase()}`,
          kind: pick(["NEWS_ARTICLE", "OFFICIAL_TRANSCRIPT", "PRESS_RELEASE", "VIDEO"] as const),
          publishedOn: `${2016 + (i % 8)}-${String(1 + (i % 12)).padStart(2, "0")}-15`,
        },
      }),
    );
  }
  const events: { id: number }[] = [];
  for (let i = 0; i < 30; i++) {
    events.push(
      await db.event.create({
        data: {
          name: `Synthetic summit ${i + 1}`,
          kind: pick(["SUMMIT", "PRESS_CONFERENCE", "SPEECH", "INTERVIEW"] as const),
          location: pick(["Brussels, Belgium", "Warsaw, Poland", "Kyiv, Ukraine"]),
        },
      }),
    );
  }
  const stances = ["FOR", "STRONGLY_FOR", "MIXED", "FOR", "AGAINST"] as const;
  let stance: (typeof stances)[number] = "FOR";
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < count; i++) {
        if (rand() < 0.015) stance = pick(stances);
        const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((i / count) * 8 * 365) * 86_400_000).toISOString().slice(0, 10);
        const precision = pick(["DAY", "DAY", "DAY", "DAY", "MONTH", "APPROXIMATE"] as const);
        const start = precision === "DAY" ? day : `${day.slice(0, 7)}-01`;
        const end =
          precision === "DAY"
            ? day
            : precision === "MONTH"
              ? new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10)
              : `${day.slice(0, 4)}-12-31`;
        const cited = [...new Set([pick(sources), ...(rand() < 0.4 ? [pick(sources)] : [])])];
        await tx.statement.create({
          data: {
            speakerId: person.id,
            dateStart: start,
            dateEnd: end,
            datePrecision: precision,
            dateSort: midpoint(start, end),
            eventId: rand() < 0.5 ? pick(events).id : null,
            kind: rand() < 0.35 ? "QUOTE" : "PARAPHRASE",
            text: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => sentence(8, 28)).join(" "),
            status: "PUBLISHED",
            sources: {
              create: cited.map((source, position) => ({
                sourceId: source.id,
                position,
                page: rand() < 0.2 ? String(1 + Math.floor(rand() * 20)) : null,
              })),
            },
            stances: { create: [{ topicId: topic.id, stance, hedging: pick([null, "COMMITTED", "HEDGED", "CONDITIONAL"] as const) }] },
            claims: {
              create: Array.from({ length: Math.floor(rand() * 3) }, (_, position) => ({
                position,
                text: `Allies should spend ${2 + Math.floor(rand() * 4)}% of GDP on defence by ${2025 + Math.floor(rand() * 10)}.`,
                kind: "NUMERIC" as const,
                status: pick(["UNVERIFIED", "SUPPORTED", "DISPUTED", "FALSE"] as const),
              })),
            },
          },
        });
      }
    },
    { timeout: 300_000 },
  );
  const first = await db.statement.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
  return { statementId: first.id };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number; response: Response }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = new Uint8Array(await response.clone().arrayBuffer());
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, response };
}

interface ExportRun {
  seconds: number;
  /** The route's own account: reading the data, waiting for a worker, rendering. */
  timing: string;
  bytes: number;
  extraMb: number;
  /** Page requests made while the export ran; `slowestAt`: when the slowest was sent (ms after the export). */
  pages: { count: number; median: number; max: number; slowestAt: number };
}

/** One export with page requests alongside it, sequentially, every 25 ms. */
async function exportWhileBrowsing(exportUrl: string, pageUrl: string, pid: number, baselineMb: number): Promise<ExportRun> {
  let peak = baselineMb;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const pageTimes: number[] = [];
  let slowestAt = 0;
  let rendering = true;
  const started = performance.now();
  const browsing = (async () => {
    while (rendering) {
      const sent = performance.now();
      const { ms, status } = await timed(pageUrl);
      if (status !== 200) throw new Error(`Page request failed: ${status}`);
      if (rendering) {
        if (ms > Math.max(0, ...pageTimes)) slowestAt = sent - started;
        pageTimes.push(ms);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const result = await timed(exportUrl);
  const seconds = (performance.now() - started) / 1000;
  rendering = false;
  await browsing;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  if (result.status !== 200 || result.response.headers.get("content-type") !== "application/pdf") {
    throw new Error(`Export failed: ${result.status} ${await result.response.text()}`);
  }
  const sorted = [...pageTimes].sort((a, b) => a - b);
  return {
    seconds,
    timing: (result.response.headers.get("server-timing") ?? "").replace(/;dur=/g, " ").replace(/(\d+)/g, "$1 ms"),
    bytes: result.bytes,
    extraMb: peak - baselineMb,
    pages: { count: sorted.length, median: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted.at(-1) ?? NaN, slowestAt },
  };
}

async function startNext(url: string): Promise<{ origin: string; child: ChildProcess }> {
  const build = await ensureBuild(BENCH_DIST_DIR);
  console.log(build === "built" ? `Built ${BENCH_DIST_DIR}.` : `Using the current ${BENCH_DIST_DIR} build.`);
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error("next start exited early.");
    try {
      if ((await fetch(`${origin}/topics`)).ok) return { origin, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error("next start did not answer within 30 s.");
}

/** The export route's own modules, in this process, behind a tiny HTTP server. */
async function startInProcess(url: string): Promise<{ origin: string; close: () => Promise<void> }> {
  process.env.DATABASE_URL = url;
  // The data modules are marked server-only; outside Next they load as they would on the server.
  const require = createRequire(import.meta.url);
  require.cache[require.resolve("server-only")] = { exports: {} } as NodeJS.Module;
  const [{ GET }, { RenderPool }, { setPdfRenderPool }, { sourceWorkerSpawner }, { db }] = await Promise.all([
    import("@/app/topics/[slug]/export.pdf/route"),
    import("@/lib/pdf/render-pool"),
    import("@/lib/pdf/renderer"),
    import("@/lib/pdf/testing/source-worker"),
    import("@/lib/db/client"),
  ]);
  setPdfRenderPool(new RenderPool({ spawn: await sourceWorkerSpawner() }));
  const port = await freePort();
  const server = createServer(async (req, res) => {
    const requestUrl = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const match = /^\/topics\/([^/]+)\/export\.pdf$/.exec(requestUrl.pathname);
    if (match) {
      const response = await GET(new Request(requestUrl), { params: Promise.resolve({ slug: match[1]! }) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(new Uint8Array(await response.arrayBuffer()));
      return;
    }
    // A small reader page: one statement from the database.
    const statement = await db.statement.findFirst({ select: { id: true, text: true }, orderBy: { id: "asc" } });
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(`<p>${statement?.text ?? ""}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main() {
  const folder = mkdtempSync(path.join(tmpdir(), "tracker-bench-"));
  const url = `file:${path.join(folder, "bench.db")}`;
  let child: ChildProcess | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    await migrateDeploy(url, { log: () => {} });
    const db = createClient(url);
    const seeding = performance.now();
    const { statementId } = await seed(db, STATEMENTS);
    await db.$disconnect();
    console.log(`Seeded ${STATEMENTS} statements in ${((performance.now() - seeding) / 1000).toFixed(1)} s.`);

    let origin: string;
    let pid: number;
    if (IN_PROCESS) {
      ({ origin, close } = await startInProcess(url));
      pid = process.pid;
    } else {
      ({ origin, child } = await startNext(url));
      pid = child.pid!;
    }
    const exportUrl = `${origin}/topics/${TOPIC}/export.pdf?speaker=${SPEAKER}`;
    const pageUrl = IN_PROCESS ? `${origin}/statement` : `${origin}/statements/${statementId}`;

    // Warm the page (first compilation of its code) and measure it on a quiet server.
    await timed(pageUrl);
    const quiet = [];
    for (let i = 0; i < 10; i++) quiet.push((await timed(pageUrl)).ms);
    const baselineMb = rssMb(pid);
    const cold = await exportWhileBrowsing(exportUrl, pageUrl, pid, baselineMb);
    const warm = await exportWhileBrowsing(exportUrl, pageUrl, pid, baselineMb);

    const server = IN_PROCESS
      ? "in-process HTTP server (this process; export route + worker pool from source)"
      : "next start of the .next-e2e build";
    const row = (label: string, value: string, target: string, ok: boolean) =>
      `| ${label.padEnd(44)} | ${value.padStart(12)} | ${target.padStart(9)} | ${ok ? "ok  " : "MISS"} |`;
    const quietMedian = [...quiet].sort((a, b) => a - b)[5]!;
    console.log(`\nPDF export benchmark: ${STATEMENTS} statements, server: ${server}`);
    console.log(
      `Page requested alongside: ${pageUrl.replace(origin, "")} (quiet median ${quietMedian.toFixed(0)} ms); server RSS before: ${baselineMb.toFixed(0)} MB\n`,
    );
    console.log(`| ${"measure".padEnd(44)} | ${"value".padStart(12)} | ${"target".padStart(9)} |      |`);
    console.log(`|${"-".repeat(46)}|${"-".repeat(14)}|${"-".repeat(11)}|------|`);
    for (const [label, run] of [
      ["first export (starts the worker)", cold],
      ["second export (worker reused)", warm],
    ] as const) {
      console.log(row(`${label}: time to PDF`, `${run.seconds.toFixed(2)} s`, `< ${TARGETS.seconds} s`, run.seconds < TARGETS.seconds));
      console.log(
        row(`${label}: extra peak RSS`, `${run.extraMb.toFixed(0)} MB`, `< ${TARGETS.extraMb} MB`, run.extraMb < TARGETS.extraMb),
      );
      console.log(
        row(
          `${label}: page during render (max of ${run.pages.count})`,
          `${run.pages.max.toFixed(0)} ms`,
          `< ${TARGETS.pageMs} ms`,
          run.pages.max < TARGETS.pageMs,
        ),
      );
      console.log(row(`${label}: page during render (median)`, `${run.pages.median.toFixed(0)} ms`, "", true));
    }
    console.log(`\nWhere the time went (Server-Timing): first ${cold.timing}; second ${warm.timing}`);
    console.log(
      `Slowest page request sent ${cold.pages.slowestAt.toFixed(0)} ms / ${warm.pages.slowestAt.toFixed(0)} ms after the export started.`,
    );
    console.log(`\nPDF size: ${(warm.bytes / 1e6).toFixed(1)} MB`);
    const missed = [cold, warm].some((r) => r.seconds >= TARGETS.seconds || r.extraMb >= TARGETS.extraMb || r.pages.max >= TARGETS.pageMs);
    process.exitCode = missed ? 1 : 0;
  } finally {
    if (child && child.exitCode === null) child.kill("SIGTERM");
    await close?.();
    dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    console.error("Benchmark failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // The schema engine's WebAssembly runtime leaves a timer behind; the pool's workers are unref'd.
  .finally(() => setTimeout(() => process.exit(), 200));
