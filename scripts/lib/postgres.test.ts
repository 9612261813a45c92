import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isAlive, startPostgres } from "./postgres";

// Guards the promise that tests leave no PostgreSQL behind: not after a normal stop, not after
// the process that started the cluster crashed or was killed.

const here = path.dirname(fileURLToPath(import.meta.url));

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

interface Child {
  info: { pid: number; folder: string; url: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

/** Runs the fixture in its own process and resolves once its cluster is up. */
function startChild(mode: "crash" | "wait"): Promise<Child> {
  const child = spawn(path.join(here, "../../node_modules/.bin/tsx"), [path.join(here, "postgres-child.fixture.ts"), mode], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n")[0];
      if (stdout.includes("\n") && line) resolve({ info: JSON.parse(line), exited, kill: (signal) => child.kill(signal) });
    });
    void exited.then(({ code }) => reject(new Error(`fixture exited (${code}) before reporting:\n${stderr}`)));
  });
}

describe("throw-away PostgreSQL", () => {
  it("starts, answers queries, and leaves no process, port or folder after stop", async () => {
    const server = await startPostgres({ throwaway: true });
    let stopped = false;
    try {
      expect(server.external).toBe(false);
      expect(isAlive(server.pid ?? 0)).toBe(true);
      const url = await server.createDatabase("harness_check");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number; db: string }>("SELECT 1 + 1 AS n, current_database() AS db");
        expect(rows).toEqual([{ n: 2, db: "harness_check" }]);
      } finally {
        await client.end();
      }
      await server.stop();
      stopped = true;
      expect(isAlive(server.pid ?? 0)).toBe(false);
      expect(existsSync(server.folder ?? "")).toBe(false);
      expect(await canConnect(server.url)).toBe(false);
    } finally {
      if (!stopped) await server.stop();
    }
  });

  it("is stopped and removed when its process crashes or is terminated", async () => {
    const [crashing, terminated] = await Promise.all([startChild("crash"), startChild("wait")]);
    terminated.kill("SIGTERM");
    const [crashExit, termExit] = await Promise.all([crashing.exited, terminated.exited]);
    expect(crashExit.code).toBe(1);
    expect(termExit.code).toBe(128 + 15);
    for (const { info } of [crashing, terminated]) {
      expect(isAlive(info.pid)).toBe(false);
      expect(existsSync(info.folder)).toBe(false);
      expect(await canConnect(info.url)).toBe(false);
    }
  });
});
