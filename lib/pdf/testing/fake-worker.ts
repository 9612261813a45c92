// A stand-in render worker for tests of the pool and the route. It answers as `mode` says, or
// else as the job's topic slug says: "held" once the test releases it (see `heldJob`/`release`),
// "fail" with an error, "crash" by throwing, "hang" never; anything else at once with a tiny
// "%PDF-<slug>". Tests wait for these events instead of sleeping, so a busy machine cannot
// reorder what they check.
import { Worker } from "node:worker_threads";

const FAKE_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const held = [];
let released = false;
parentPort.on("message", (message) => {
  if (message.release) {
    released = true;
    return held.splice(0).forEach((reply) => reply());
  }
  const job = message;
  const slug = job.dossier.topic.slug;
  const reply = () => parentPort.postMessage({ id: job.id, ok: true, pdf: new TextEncoder().encode("%PDF-" + slug), pages: 1, ms: 1 });
  switch (workerData.mode || slug) {
    case "held":
      if (released) return reply();
      held.push(reply);
      // Id 0 is never a job's, so the pool ignores this note; tests listen for it.
      return parentPort.postMessage({ id: 0, held: job.id });
    case "fail": return parentPort.postMessage({ id: job.id, ok: false, error: "Error: the layout failed" });
    case "crash": throw new Error("worker crashed");
    case "hang": return;
    default: return reply();
  }
});`;

export type FakeWorkerMode = "held" | "fail" | "crash" | "hang";

export function spawnFakeWorker(mode?: FakeWorkerMode): Worker {
  return new Worker(FAKE_WORKER, { eval: true, workerData: { mode } });
}

/** Resolves when `worker` holds a job it was given in "held" mode. */
export function heldJob(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: { id: number; held?: number }) => {
      if (message.held === undefined) return;
      worker.off("message", listener);
      resolve();
    };
    worker.on("message", listener);
  });
}

/** Lets `worker` answer the jobs it holds, and every later job at once. */
export function release(worker: Worker): void {
  worker.postMessage({ release: true });
}
