// A stand-in render worker for tests of the pool and the route. It answers as `mode` says, or
// else as the job's topic slug says: "slow" after 300 ms, "fail" with an error, "crash" by
// throwing, "hang" never; anything else at once with a tiny "%PDF-<slug>".
import { Worker } from "node:worker_threads";

const FAKE_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
parentPort.on("message", (job) => {
  const slug = job.dossier.topic.slug;
  const reply = () => parentPort.postMessage({ id: job.id, ok: true, pdf: new TextEncoder().encode("%PDF-" + slug), pages: 1, ms: 1 });
  switch (workerData.mode || slug) {
    case "slow": return setTimeout(reply, 300);
    case "fail": return parentPort.postMessage({ id: job.id, ok: false, error: "Error: the layout failed" });
    case "crash": throw new Error("worker crashed");
    case "hang": return;
    default: return reply();
  }
});`;

export function spawnFakeWorker(mode?: "slow" | "fail" | "crash" | "hang"): Worker {
  return new Worker(FAKE_WORKER, { eval: true, workerData: { mode } });
}
