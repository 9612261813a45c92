// The render worker's entry: takes one job at a time from the pool (render-pool.ts) and answers
// with the PDF bytes, or with an error message, so the request thread never lays out a PDF.
import { parentPort } from "node:worker_threads";
import { renderDossierPdf } from "./render";
import type { RenderJob, RenderReply } from "./render-pool";

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread only.");

port.on("message", async (job: RenderJob) => {
  const started = performance.now();
  let reply: RenderReply;
  try {
    const { pdf: bytes, pages } = await renderDossierPdf(job.dossier, job.fonts);
    // Send a buffer of its own, so it can be transferred rather than copied.
    const pdf = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    reply = { id: job.id, ok: true, pdf, pages, ms: performance.now() - started };
    port.postMessage(reply, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { id: job.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    port.postMessage(reply);
  }
});
