// A burst of writes: BENCH_BURST (200) statement creates sent at once, each as the statement form
// posts it without JavaScript (multipart, to /manage/statements/new), against a production build
// served by scripts/serve.ts (what `npm start` runs) on a copy of the synthetic database. Prints
// how long each waited for its answer (p50, p95, max) and how many were saved or refused; a refused
// answer must be the form again with the message and every typed field. Then the same burst is
// repeated (the second run meets a warm server). `npm run bench:burst`, or part of `npm run bench`.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { createClient } from "@/lib/db/create-client";
import { SERVER_BUSY_MESSAGE } from "@/lib/db/write-queue";
import { submittedForm } from "./lib/bench-form";
import { BENCH_DIST_DIR, ensureBuild } from "./lib/build";
import { freePort } from "./lib/free-port";
import { bin } from "./lib/run";
import { ms, percentile, printTable } from "./lib/stats";
import { BENCH_SIZE, copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

const BURST = Number(process.env.BENCH_BURST) || 200;
const ROUNDS = 2;

interface Answer {
  status: number;
  total: number;
  body: string;
}

function request(url: string, options: http.RequestOptions, body?: Buffer): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (response) => {
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

/** A multipart body as a browser encodes a form. */
function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The hidden fields React renders into a server-action form for posts without JavaScript. */
function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const input of html.match(/<input[^>]*name="\$ACTION_[^"]*"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)![1]!;
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    fields.push([
      name,
      value
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<"),
    ]);
  }
  if (fields.length === 0) throw new Error("The statement form has no action fields: is the session valid?");
  return fields;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped (exit code ${server.exitCode})`);
    try {
      if ((await request(url, { method: "GET" })).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server did not start at ${url}`);
}

/** An analyst and a live session for them, written straight into the database. */
async function signedInAnalyst(url: string): Promise<string> {
  const db = createClient(url);
  const token = randomBytes(32).toString("base64url");
  const user = await db.user.create({
    data: { email: `bench-burst-${process.pid}@example.test`, name: "Burst benchmark", passwordHash: "scrypt$unusable", role: "ANALYST" },
  });
  await db.session.create({
    data: { id: createHash("sha256").update(token).digest("hex"), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db.$disconnect();
  return token;
}

async function main() {
  const shared = await ensureSyntheticDatabase(BENCH_SIZE);
  const file = copyDatabase(shared, "burst");
  await ensureBuild(BENCH_DIST_DIR);
  const token = await signedInAnalyst(`file:${file}`);
  const sourceCount = (new Database(file, { readonly: true }).prepare("SELECT count(*) AS n FROM Source").get() as { n: number }).n;
  const port = await freePort();
  const server = spawn(bin("tsx"), ["scripts/serve.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${file}`, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const cookie = `tracker_session=${token}`;
  try {
    await waitForServer(`${base}/topics`, server);
    const page = await request(`${base}/manage/statements/new`, { method: "GET", headers: { cookie } });
    const hidden = actionFields(page.body);
    const rows: string[][] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const forms = Array.from({ length: BURST }, (_, i) => {
        const values = submittedForm(round * 1_000_000 + i, sourceCount);
        return multipart([...hidden, ...Object.entries(values).map(([k, v]) => [k, String(v)] as [string, string])]);
      });
      const answers = await Promise.all(
        forms.map(({ body, contentType }) =>
          request(
            `${base}/manage/statements/new`,
            { method: "POST", headers: { cookie, origin: base, "content-type": contentType, "content-length": body.length } },
            body,
          ),
        ),
      );
      const saved = answers.filter((a) => a.status === 303);
      const busy = (a: Answer) => a.status !== 303 && a.body.includes(SERVER_BUSY_MESSAGE);
      const refused = answers.filter(busy);
      // A refusal keeps what was typed: the statement's own text is in the form again.
      const kept = answers.filter((a, i) => busy(a) && a.body.includes(`Benchmark statement ${round * 1_000_000 + i}:`));
      const other = answers.filter((a) => a.status !== 303 && !busy(a));
      const all = answers.map((a) => a.total);
      const refusedTimes = refused.map((a) => a.total);
      rows.push([
        `round ${round}: ${BURST} creates at once`,
        ms(percentile(all, 50)),
        ms(percentile(all, 95)),
        ms(Math.max(...all)),
        String(saved.length),
        `${refused.length} (${kept.length} kept input)`,
        refused.length ? ms(percentile(refusedTimes, 95)) : "",
        String(other.length),
      ]);
      if (saved.length) {
        const savedTimes = saved.map((a) => a.total);
        rows.push([
          `  saved only`,
          ms(percentile(savedTimes, 50)),
          ms(percentile(savedTimes, 95)),
          ms(Math.max(...savedTimes)),
          "",
          "",
          "",
          "",
        ]);
      }
      for (const a of other.slice(0, 3)) console.error(`Unexpected answer ${a.status}: ${a.body.slice(0, 300).replace(/\s+/g, " ")}`);
    }
    const stored = (
      new Database(file, { readonly: true })
        .prepare("SELECT count(*) AS n FROM Statement WHERE text LIKE 'Benchmark statement %'")
        .get() as {
        n: number;
      }
    ).n;
    console.log(
      `\nA burst of statement creates (form posts without JavaScript, scripts/serve.ts, ${BENCH_SIZE.statements.toLocaleString("en")} statements)\n`,
    );
    printTable(["scenario", "p50", "p95", "max", "saved", "refused (busy)", "refused p95", "other"], rows);
    console.log(`\nStatements stored by the bursts: ${stored} (target: p95 < 2 s, or the excess refused quickly with the input kept)`);
  } finally {
    server.kill("SIGTERM");
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
