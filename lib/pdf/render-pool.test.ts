// The render pool's limits, with stand-in workers (testing/fake-worker.ts) that answer as the
// job's topic slug tells them to. Held jobs finish when the test releases them and timers are
// faked where the pool's own timers matter, so nothing here races the clock.
import type { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TopicDossier } from "./dossier";
import type { DossierFonts } from "./fonts";
import { PdfBusyError, PdfRenderError, RenderPool } from "./render-pool";
import { heldJob, release, spawnFakeWorker } from "./testing/fake-worker";

const fonts = {} as DossierFonts;
const job = (slug: string) => ({ topic: { slug } }) as TopicDossier;
const text = (pdf: Uint8Array) => new TextDecoder().decode(pdf);

let pools: RenderPool[] = [];
let workers: Worker[] = [];
function pool(options: Partial<ConstructorParameters<typeof RenderPool>[0]> = {}) {
  const created = new RenderPool({
    spawn: () => {
      const worker = spawnFakeWorker();
      workers.push(worker);
      return worker;
    },
    ...options,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
  workers = [];
});

describe("RenderPool", () => {
  it("renders in a worker and reuses it for the next job", async () => {
    const renderer = pool();
    expect(text((await renderer.render(job("first"), fonts)).pdf)).toBe("%PDF-first");
    expect(text((await renderer.render(job("second"), fonts)).pdf)).toBe("%PDF-second");
    expect(workers.length).toBe(1);
    expect(renderer.stats).toEqual({ running: 0, queued: 0, idleWorkers: 1 });
  });

  it("runs at most maxConcurrent renders and queues the rest in order", async () => {
    const renderer = pool({ maxConcurrent: 2, maxQueued: 5 });
    const finished: string[] = [];
    const jobs = [
      ["first", "held"],
      ["second", "held"],
      ["a", "a"],
      ["b", "b"],
    ].map(([name, slug]) => renderer.render(job(slug!), fonts).then(() => finished.push(name!)));
    expect(renderer.stats).toMatchObject({ running: 2, queued: 2 });
    expect(workers).toHaveLength(2);
    await Promise.all(workers.map(heldJob));
    // Both workers are busy: nothing more started, the other two still wait.
    expect(renderer.stats).toMatchObject({ running: 2, queued: 2 });
    expect(finished).toEqual([]);
    // The first free worker takes the queued jobs in the order they came.
    release(workers[0]!);
    await Promise.all(jobs.slice(2));
    expect(finished).toEqual(["first", "a", "b"]);
    expect(renderer.stats).toMatchObject({ running: 1, queued: 0 });
    release(workers[1]!);
    await Promise.all(jobs);
    expect(finished).toEqual(["first", "a", "b", "second"]);
    expect(workers).toHaveLength(2);
  });

  it("refuses work when the queue is full, saying when to retry", async () => {
    const renderer = pool({ maxConcurrent: 1, maxQueued: 1 });
    const running = renderer.render(job("held"), fonts);
    const queued = renderer.render(job("held"), fonts);
    const refused = renderer.render(job("held"), fonts);
    await expect(refused).rejects.toBeInstanceOf(PdfBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(renderer.stats).toMatchObject({ running: 1, queued: 1 });
    await heldJob(workers[0]!);
    release(workers[0]!);
    await Promise.all([running, queued]);
    expect(workers).toHaveLength(1);
  });

  it("reports a failed render and carries on", async () => {
    const renderer = pool();
    await expect(renderer.render(job("fail"), fonts)).rejects.toThrow(new PdfRenderError("Error: the layout failed"));
    expect(text((await renderer.render(job("after"), fonts)).pdf)).toBe("%PDF-after");
  });

  it("replaces a worker that crashed", async () => {
    const renderer = pool();
    await expect(renderer.render(job("crash"), fonts)).rejects.toBeInstanceOf(PdfRenderError);
    expect(text((await renderer.render(job("after"), fonts)).pdf)).toBe("%PDF-after");
    expect(workers.length).toBe(2);
  });

  it("stops a render that takes too long", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renderer = pool({ timeoutMs: 200 });
    const hanging = renderer.render(job("hang"), fonts);
    vi.advanceTimersByTime(199);
    expect(renderer.stats.running).toBe(1);
    vi.advanceTimersByTime(1);
    await expect(hanging).rejects.toThrow(/longer than/);
    expect(renderer.stats.running).toBe(0);
    expect(text((await renderer.render(job("after"), fonts)).pdf)).toBe("%PDF-after");
    expect(workers).toHaveLength(2);
  });

  it("ends idle workers after a while", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renderer = pool({ idleMs: 50 });
    await renderer.render(job("a"), fonts);
    expect(renderer.stats.idleWorkers).toBe(1);
    vi.advanceTimersByTime(49);
    expect(renderer.stats.idleWorkers).toBe(1);
    vi.advanceTimersByTime(1);
    expect(renderer.stats.idleWorkers).toBe(0);
  });
});
