// Several app instances on one database, each started as `npm start` starts one (migrations,
// demo data when empty, a first admin, then the release server), all at the same moment. For the
// multi-instance browser test and the PostgreSQL benchmark. Each instance runs in a process group
// of its own, stopped by stop(), and also when this process exits or crashes.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port";
import { bin } from "./run";

export interface AppInstance {
  readonly url: string;
  readonly port: number;
  /** What the instance printed so far (stdout and stderr). */
  output(): string;
}

export interface InstanceGroup {
  readonly instances: AppInstance[];
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHandlerInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts `count` instances at once with the same environment (plus a port each) and waits until
 * every one answers. On any failure the others are stopped and the error carries their output.
 */
export async function startInstances(
  count: number,
  env: Record<string, string>,
  options: { readyTimeoutMs?: number } = {},
): Promise<InstanceGroup> {
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.on("exit", () => {
      for (const child of running) killGroup(child, "SIGKILL");
    });
  }
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const children: ChildProcess[] = [];
  const instances = ports.map((port) => {
    const chunks: string[] = [];
    const child = spawn(bin("tsx"), ["scripts/start.ts"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group: start.ts runs the server as a grandchild
    });
    running.add(child);
    children.push(child);
    child.stdout!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    child.on("exit", () => running.delete(child));
    return { url: `http://127.0.0.1:${port}`, port, child, output: () => chunks.join("") };
  });

  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            killGroup(child, "SIGTERM");
            // A server that ignores SIGTERM is not left behind.
            setTimeout(() => killGroup(child, "SIGKILL"), 10_000).unref();
          }),
      ),
    );
  };

  try {
    await Promise.all(instances.map((instance) => waitUntilReady(instance, options.readyTimeoutMs ?? 180_000)));
  } catch (error) {
    await stop();
    const outputs = instances.map((instance) => `--- instance on port ${instance.port}:\n${instance.output()}`).join("\n");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${outputs}`, { cause: error });
  }
  return { instances: instances.map(({ url, port, output }) => ({ url, port, output })), stop };
}

/** Waits for the instance to answer on its port (or to exit, which fails). */
async function waitUntilReady(instance: { url: string; child: ChildProcess }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = new Promise<never>((_, reject) =>
    instance.child.once("exit", (code) => reject(new Error(`The instance at ${instance.url} exited (code ${code}) before serving.`))),
  );
  exited.catch(() => {});
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) await exited;
    const answered = await fetch(`${instance.url}/`, { redirect: "manual" }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 200)), exited]);
  }
  throw new Error(`The instance at ${instance.url} did not serve within ${timeoutMs / 1000} s.`);
}
