// What readers meet, over HTTP against the server `npm start` runs, side by side in one run: every kind of reader
// URL viewed once (cold), the timeline under 16 concurrent connections, readers while a writer
// makes one real change a second, a speaker page repeated, and the same timeline HTML served as a
// static file (the floor). Loopback only; every phase is bounded in time or count. 100,000
// statements; `BENCH_STATEMENTS=1000000` (npm run bench -- --1m) for a million.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";
import { BENCH_DIST_DIR, ensureBuild } from "./lib/build";
import { freePort } from "./lib/free-port";
import { ms, percentile, printTable } from "./lib/stats";
import { BENCH_SIZE, copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

const CONNECTIONS = 16;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS) || 10;
const million = BENCH_SIZE.statements >= 1_000_000;

interface Sample {
  firstByte: number;
  total: number;
  status: number;
  bytes: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One GET as a browser sends it (gzip accepted); the body is read but not decompressed. */
function get(url: string): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (response) => {
      let firstByte = 0;
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        if (!firstByte) firstByte = performance.now() - started;
        bytes += chunk.length;
      });
      response.on("end", () => resolve({ firstByte, total: performance.now() - started, status: response.statusCode ?? 0, bytes }));
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

/** `connections` loops requesting `urls` in turn for `seconds`: requests per second and latencies. */
async function load(urls: string[], connections: number, seconds: number) {
  const samples: Sample[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) samples.push(await get(urls[next++ % urls.length]!));
    }),
  );
  const totals = samples.map((s) => s.total);
  return {
    rps: samples.length / seconds,
    p50: percentile(totals, 50),
    p99: percentile(totals, 99),
    errors: samples.filter((s) => s.status !== 200).length,
  };
}

async function waitForServer(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await get(url)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server did not start at ${url}`);
}

/** A process and its descendants (Linux /proc); those gone meanwhile are left out. */
function processTree(pid: number): number[] {
  const pids: number[] = [];
  const visit = (p: number) => {
    try {
      const children = readdirSync(`/proc/${p}/task`).flatMap((task) =>
        readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
      );
      pids.push(p);
      children.forEach(visit);
    } catch {
      // gone
    }
  };
  visit(pid);
  return pids;
}

/** Resident memory of a process and its children, in MB. */
function rssMb(pid: number): number {
  const kb = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  return processTree(pid).reduce((sum, p) => sum + kb(p), 0) / 1024;
}

/**
 * CPU time a process and its children have used, in ms (user + system, clock ticks of 10 ms).
 * Unlike requests per second it hardly moves when other work shares the machine, so a change's
 * effect shows even on a loaded machine.
 */
function cpuMs(pid: number): number {
  const ticks = (p: number) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  return processTree(pid).reduce((sum, p) => sum + ticks(p), 0) * 10;
}

/** Reader URLs across every filter, each different: what a crawl or many readers arrive on. */
function coldUrls(permalinks: number[]): string[] {
  const { topics, speakers } = BENCH_SIZE;
  const stances = ["strongly_for", "for", "mixed", "against", "strongly_against", "not_stated"];
  const words = ["patriot", "deterrence", "ceasefire", "nuclear", "budget", "cyber", "summit", "sanctions", "industry", "resilience"];
  const urls: string[] = [];
  for (let i = 0; i < 20; i++)
    urls.push(`/?topic=topic-${1 + ((i * 37) % topics)}&from=${2006 + (i % 19)}-01-01&to=${2006 + (i % 19)}-12-31`);
  for (let i = 0; i < 20; i++) urls.push(`/?speaker=speaker-${1 + ((i * 7) % speakers)}&stance=${stances[i % stances.length]}`);
  for (let i = 0; i < 10; i++) urls.push(`/?q=${words[i]}`, `/?q=${words[i]}+${words[(i + 3) % words.length]}&kind=quote`);
  for (const kind of ["quote", "paraphrase"]) urls.push(`/?kind=${kind}`, `/?kind=${kind}&claims=with`);
  for (const source of ["official_transcript", "press_release", "news_article", "video", "social_media"]) urls.push(`/?source=${source}`);
  for (const claim of ["unverified", "supported", "disputed", "false"]) urls.push(`/?claim=${claim}`);
  for (const stance of stances) urls.push(`/?stance=${stance}`);
  for (let i = 0; i < 10; i++) urls.push(`/?page=${2 + i * 7}`, `/?order=oldest&page=${1 + i}`);
  for (let i = 0; i < 15; i++) urls.push(`/topics/topic-${1 + ((i * 13) % topics)}`);
  for (let i = 0; i < 10; i++) urls.push(`/speakers/speaker-${1 + ((i * 11) % speakers)}`);
  for (const id of permalinks) urls.push(`/statements/${id}`);
  return urls;
}

/** Permalinks spread over the set, each the first statement readers may see at or after its spot (about 5% are drafts). */
function publishedIds(file: string, count: number): number[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const next = db.prepare(
    `SELECT "id" FROM "Statement" WHERE "id" >= ? AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
  );
  const ids = Array.from({ length: count }, (_, i) => next.pluck().get(1 + ((i * 7919) % BENCH_SIZE.statements)) as number | undefined);
  db.close();
  return ids.filter((id): id is number => id !== undefined);
}

/**
 * The server `npm start` runs (scripts/serve.ts: Next behind our own http server, which also
 * compresses). `BENCH_SERVER_NODE_ARGS` go to its Node alone (`--cpu-prof --cpu-prof-dir=…` to
 * profile it: not allowed in NODE_OPTIONS).
 */
function spawnServer(port: number, url: string): ChildProcess {
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  return spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: "ignore",
  });
}

/** The timeline's HTML, gzipped as the app sent it, served from memory by a bare Node server. */
function spawnStaticFloor(port: number, file: string): ChildProcess {
  const code = `const b=require("fs").readFileSync(${JSON.stringify(file)});require("http").createServer((q,r)=>{r.writeHead(200,{"content-type":"text/html; charset=utf-8","content-encoding":"gzip","content-length":b.length});r.end(b)}).listen(${port},"127.0.0.1")`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

async function gzippedBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

const yes = (ok: boolean) => (ok ? "yes" : "NO");

/** Phases 1 to 3: every kind of reader URL viewed once, 16 connections beside the static floor, a speaker page repeated. */
async function firstViewsAndConcurrency(
  base: string,
  serverPid: number,
  urls: string[],
  file: string,
  targets: { cold: number; rps: number; speaker: number },
  rows: string[][],
): Promise<Sample[]> {
  // 1. Every kind of reader URL, each viewed once.
  const cold: Sample[] = [];
  for (const path of urls) {
    const sample = await get(base + path);
    if (sample.status !== 200) throw new Error(`${path}: HTTP ${sample.status}`);
    cold.push(sample);
  }
  const coldTotal = cold.map((s) => s.total);
  const coldFirst = cold.map((s) => s.firstByte);
  rows.push([
    `${cold.length} distinct reader URLs, first view: complete page`,
    ms(percentile(coldTotal, 50)),
    ms(percentile(coldTotal, 95)),
    "",
    `p95 < ${targets.cold} ms`,
    yes(percentile(coldTotal, 95) < targets.cold),
  ]);
  rows.push([`  the same, first byte (statements come first)`, ms(percentile(coldFirst, 50)), ms(percentile(coldFirst, 95)), "", "", ""]);

  // 2. The timeline under 16 connections, and the same HTML as a static file.
  for (let i = 0; i < 3; i++) await get(`${base}/`);
  const cpuBefore = cpuMs(serverPid);
  const timeline = await load([`${base}/`], CONNECTIONS, LOAD_SECONDS);
  const cpuPerTimeline = (cpuMs(serverPid) - cpuBefore) / (timeline.rps * LOAD_SECONDS);
  rows.push([
    `timeline, ${CONNECTIONS} connections (${timeline.rps.toFixed(0)} req/s)`,
    ms(timeline.p50),
    "",
    ms(timeline.p99),
    `>= ${targets.rps} req/s`,
    yes(timeline.rps >= targets.rps),
  ]);
  // What each request cost the server: unlike requests per second, it hardly moves when other
  // work shares the machine.
  rows.push([`  server CPU per timeline request`, ms(cpuPerTimeline), "", "", "", ""]);
  const htmlFile = `${file}.timeline.html.gz`;
  await import("node:fs").then((fs) => gzippedBody(`${base}/`).then((body) => fs.writeFileSync(htmlFile, body)));
  const staticPort = await freePort();
  const staticServer = spawnStaticFloor(staticPort, htmlFile);
  try {
    await waitForServer(`http://127.0.0.1:${staticPort}/`);
    const floor = await load([`http://127.0.0.1:${staticPort}/`], CONNECTIONS, LOAD_SECONDS);
    rows.push([`  the same HTML as a static file (${floor.rps.toFixed(0)} req/s)`, ms(floor.p50), "", ms(floor.p99), "floor", ""]);
  } finally {
    staticServer.kill("SIGTERM");
    rmSync(htmlFile, { force: true });
  }

  // 3. A speaker page, repeated.
  const speaker = `${base}/speakers/speaker-7`;
  await get(speaker);
  const repeated: number[] = [];
  for (let i = 0; i < 40; i++) repeated.push((await get(speaker)).total);
  rows.push([
    "speaker page, repeated (40)",
    ms(percentile(repeated, 50)),
    ms(percentile(repeated, 95)),
    ms(percentile(repeated, 99)),
    `p50 < ${targets.speaker} ms`,
    yes(percentile(repeated, 50) < targets.speaker),
  ]);
  return cold;
}

async function main() {
  const shared = await ensureSyntheticDatabase(BENCH_SIZE);
  const urls = coldUrls(publishedIds(shared, 15));
  const file = copyDatabase(shared, "load");
  const url = `file:${file}`;
  await ensureBuild(BENCH_DIST_DIR);
  const port = await freePort();
  const server = spawnServer(port, url);
  const base = `http://127.0.0.1:${port}`;
  let writer: ChildProcess | null = null;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.pid!))), 250);
  const targets = million ? { cold: 300, writeP99: 400, rps: 300, speaker: 60 } : { cold: 150, writeP99: 250, rps: 300, speaker: 40 };
  try {
    await waitForServer(`${base}/topics`);
    const rows: string[][] = [];

    // 1-3 left out with BENCH_LOAD_PHASES=writes (a profile of the readers during writes alone).
    const cold =
      process.env.BENCH_LOAD_PHASES === "writes" ? [] : await firstViewsAndConcurrency(base, server.pid!, urls, file, targets, rows);

    // 4. Readers (a mix of views) without and with one real write a second.
    const mix = [
      "/",
      "/?topic=topic-7",
      "/topics/topic-7",
      "/?speaker=speaker-3",
      "/?kind=quote",
      "/statements/5000",
      "/speakers/speaker-3",
      "/?q=patriot",
    ].map((p) => base + p);
    for (const u of mix) await get(u);
    const cpuBeforeReads = cpuMs(server.pid!);
    const readOnly = await load(mix, 4, LOAD_SECONDS);
    const cpuReadOnly = cpuMs(server.pid!) - cpuBeforeReads;
    writer = spawn(process.execPath, ["--import", "tsx", "scripts/bench-writer.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let writerOut = "";
    // Measured once the writer has made its first write: on a loaded machine its start-up alone
    // (tsx, the Prisma client) took longer than the phase, which then measured no write at all.
    const writing = new Promise<void>((resolve, reject) => {
      writer!.stdout!.on("data", (d) => {
        writerOut += d;
        if (writerOut.includes("writing\n")) resolve();
      });
      writer!.on("exit", (code) => reject(new Error(`The benchmark writer stopped before writing (exit code ${code}).`)));
    });
    await writing;
    const cpuBeforeWrites = cpuMs(server.pid!);
    const duringWrites = await load(mix, 4, LOAD_SECONDS);
    const cpuWhileWriting = cpuMs(server.pid!) - cpuBeforeWrites;
    const writerDone = new Promise((r) => writer!.on("exit", r));
    writer.kill("SIGTERM");
    await writerDone;
    writer = null;
    const { times: writes, cpu: writesCpu } = JSON.parse(writerOut.trim().split("\n").at(-1) || "{}") as { times: number[]; cpu: number[] };
    const ratio = duringWrites.rps / readOnly.rps;
    // What the server spent on each write beyond serving the readers (as it served them read-only).
    const perRead = cpuReadOnly / (readOnly.rps * LOAD_SECONDS);
    const perWrite = (cpuWhileWriting - perRead * duringWrites.rps * LOAD_SECONDS) / Math.max(1, writes.length);
    rows.push([
      `readers (4 connections, 8 views), read-only (${readOnly.rps.toFixed(0)} req/s)`,
      ms(readOnly.p50),
      "",
      ms(readOnly.p99),
      "",
      "",
    ]);
    rows.push([
      `  while 1 write/s (${duringWrites.rps.toFixed(0)} req/s, ${(ratio * 100).toFixed(0)}% of read-only)`,
      ms(duringWrites.p50),
      "",
      ms(duringWrites.p99),
      `p99 < ${targets.writeP99} ms, >= 80%`,
      yes(duringWrites.p99 < targets.writeP99 && ratio >= 0.8),
    ]);
    rows.push([
      `  the writes themselves (${writes.length}, form path incl. aggregate upkeep)`,
      ms(percentile(writes, 50)),
      ms(percentile(writes, 95)),
      "",
      "",
      "",
    ]);
    rows.push([`  the writes' CPU time in the writer`, ms(percentile(writesCpu, 50)), ms(percentile(writesCpu, 95)), "", "", ""]);
    rows.push([`  server CPU per reader request, read-only`, ms(perRead), "", "", "", ""]);
    rows.push([`  server CPU per write beyond its readers (re-renders, catching up)`, ms(perWrite), "", "", "", ""]);
    rows.push(["server memory (peak RSS)", `${peakRss.toFixed(0)} MB`, "", "", "< 1024 MB", yes(peakRss < 1024)]);

    console.log(
      `\nWhat readers meet, ${BENCH_SIZE.statements.toLocaleString("en")} statements (scripts/serve.ts, loopback, gzip; ${LOAD_SECONDS} s per load phase)\n`,
    );
    printTable(["scenario", "p50", "p95", "p99", "target", "met"], rows);
    const slowest = cold
      .map((s, i) => ({ path: urls[i]!, total: s.total }))
      .sort((a, b) => b.total - a.total)
      .slice(0, 5);
    if (slowest.length > 0) console.log(`\nSlowest first views: ${slowest.map((s) => `${s.path} ${ms(s.total)}`).join(", ")}`);
  } finally {
    clearInterval(sampler);
    writer?.kill("SIGTERM");
    server.kill("SIGTERM");
    agent.destroy();
    removeDatabase(file);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
