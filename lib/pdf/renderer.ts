import "server-only";
import { Worker } from "node:worker_threads";
import type { TopicDossier } from "./dossier";
import { dossierFontFiles } from "./fonts";
import { RenderPool, type RenderResult } from "./render-pool";

// One pool per server process (kept on globalThis so `next dev` reloads don't start another).
// Next's bundler compiles render-worker.ts, with PDFKit and the document, into a worker chunk
// of its own when it meets this exact `new Worker(new URL(…, import.meta.url))` form.
const globalForPdf = globalThis as unknown as { pdfRenderPool?: RenderPool };

const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Math.floor(Number(value)) : fallback);

export function pdfRenderPool(): RenderPool {
  globalForPdf.pdfRenderPool ??= new RenderPool({
    spawn: () =>
      new Worker(new URL("./render-worker.ts", import.meta.url), {
        // A runaway document ends its worker, not the server (1,000 statements need about 130 MB).
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      }),
    maxConcurrent: positive(process.env.PDF_MAX_CONCURRENT, 2),
    maxQueued: positive(process.env.PDF_MAX_QUEUED, 8),
  });
  return globalForPdf.pdfRenderPool;
}

/** Lets tests run the pool on a worker built from source (lib/pdf/testing/source-worker.ts). */
export function setPdfRenderPool(pool: RenderPool): void {
  globalForPdf.pdfRenderPool = pool;
}

export function renderDossierOffThread(dossier: TopicDossier): Promise<RenderResult> {
  return pdfRenderPool().render(dossier, dossierFontFiles());
}
