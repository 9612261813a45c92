// Renders run in worker threads, at most `maxConcurrent` at a time; more requests wait in a short
// queue and beyond it are refused (PdfBusyError → 503), so a burst of exports cannot exhaust the
// server's memory or CPU. Workers are reused while busy and end after a quiet spell.
import type { Worker } from "node:worker_threads";
import type { TopicDossier } from "./dossier";
import type { DossierFonts } from "./fonts";

export interface RenderJob {
  id: number;
  dossier: TopicDossier;
  fonts: DossierFonts;
}

export type RenderReply = { id: number; ok: true; pdf: Uint8Array; pages: number; ms: number } | { id: number; ok: false; error: string };

export interface RenderResult {
  pdf: Uint8Array;
  pages: number;
  /** Time spent rendering in the worker, without the wait in the queue. */
  ms: number;
}

export interface RenderPoolOptions {
  /** Starts one render worker (render-worker.ts, however the runtime loads it). */
  spawn: () => Worker;
  maxConcurrent?: number;
  maxQueued?: number;
  /** A render taking longer is stopped and reported as failed. */
  timeoutMs?: number;
  /** An idle worker ends after this long. */
  idleMs?: number;
}

/** Too many exports at once: the caller should retry after `retryAfterSeconds`. */
export class PdfBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("The server is busy making other PDFs.");
  }
}

export class PdfRenderError extends Error {}

interface Pending {
  job: Omit<RenderJob, "id">;
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

interface IdleWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
}

export class RenderPool {
  private readonly maxConcurrent: number;
  private readonly maxQueued: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly queue: Pending[] = [];
  private readonly idle: IdleWorker[] = [];
  private running = 0;
  private nextId = 1;

  constructor(private readonly options: RenderPoolOptions) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 2);
    this.maxQueued = Math.max(0, options.maxQueued ?? 8);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.idleMs = options.idleMs ?? 30_000;
  }

  get stats() {
    return { running: this.running, queued: this.queue.length, idleWorkers: this.idle.length };
  }

  render(dossier: TopicDossier, fonts: DossierFonts): Promise<RenderResult> {
    if (this.running >= this.maxConcurrent && this.queue.length >= this.maxQueued) {
      return Promise.reject(new PdfBusyError(Math.max(5, Math.ceil(this.timeoutMs / 1000 / 4))));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { dossier, fonts }, resolve, reject });
      this.pump();
    });
  }

  /** Ends idle workers at once (tests, shutdown); running renders finish. */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map(({ worker, timer }) => (clearTimeout(timer), worker.terminate())));
  }

  private pump(): void {
    while (this.running < this.maxConcurrent && this.queue.length > 0) {
      this.run(this.queue.shift()!);
    }
  }

  private takeWorker(): Worker {
    const reused = this.idle.pop();
    if (reused) {
      clearTimeout(reused.timer);
      return reused.worker;
    }
    return this.options.spawn();
  }

  private release(worker: Worker): void {
    worker.unref();
    const timer = setTimeout(() => {
      const index = this.idle.findIndex((entry) => entry.worker === worker);
      if (index !== -1) this.idle.splice(index, 1);
      void worker.terminate();
    }, this.idleMs);
    timer.unref();
    this.idle.push({ worker, timer });
  }

  private run(pending: Pending): void {
    this.running++;
    const id = this.nextId++;
    let worker: Worker;
    try {
      worker = this.takeWorker();
    } catch (error) {
      this.running--;
      pending.reject(new PdfRenderError(`Could not start a PDF worker: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    worker.ref();
    let settled = false;
    const finish = (outcome: { result: RenderResult } | { error: Error }, reuse: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      this.running--;
      if (reuse) this.release(worker);
      else void worker.terminate();
      if ("result" in outcome) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
      this.pump();
    };
    const onMessage = (reply: RenderReply) => {
      if (reply.id !== id) return;
      if (reply.ok) finish({ result: { pdf: reply.pdf, pages: reply.pages, ms: reply.ms } }, true);
      else finish({ error: new PdfRenderError(reply.error) }, true);
    };
    const onError = (error: Error) => finish({ error: new PdfRenderError(`The PDF worker failed: ${error.message}`) }, false);
    const onExit = (code: number) => finish({ error: new PdfRenderError(`The PDF worker stopped (exit code ${code}).`) }, false);
    const timer = setTimeout(
      () => finish({ error: new PdfRenderError(`The PDF took longer than ${Math.round(this.timeoutMs / 1000)} s to make.`) }, false),
      this.timeoutMs,
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, ...pending.job } satisfies RenderJob);
  }
}
