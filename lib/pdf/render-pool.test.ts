// The render pool's limits, with stand-in workers (testing/fake-worker.ts) that answer as the
// job's topic slug tells them to.
import { afterEach, describe, expect, it } from "vitest";
import type { TopicDossier } from "./dossier";
import type { DossierFonts } from "./fonts";
import { PdfBusyError, PdfRenderError, RenderPool } from "./render-pool";
import { spawnFakeWorker } from "./testing/fake-worker";

const fonts = {} as DossierFonts;
const job = (slug: string) => ({ topic: { slug } }) as TopicDossier;
const text = (pdf: Uint8Array) => new TextDecoder().decode(pdf);

let pools: RenderPool[] = [];
let spawned = 0;
function pool(options: Partial<ConstructorParameters<typeof RenderPool>[0]> = {}) {
  const created = new RenderPool({
    spawn: () => {
      spawned++;
      return spawnFakeWorker();
    },
    ...options,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
  spawned = 0;
});

describe("RenderPool", () => {
  it("renders in a worker and reuses it for the next job", async () => {
    const renderer = pool();
    expect(text((await renderer.render(job("first"), fonts)).pdf)).toBe("%PDF-first");
    expect(text((await renderer.render(job("second"), fonts)).pdf)).toBe("%PDF-second");
    expect(spawned).toBe(1);
    expect(renderer.stats).toEqual({ running: 0, queued: 0, idleWorkers: 1 });
  });

  it("runs at most maxConcurrent renders and queues the rest in order", async () => {
    const renderer = pool({ maxConcurrent: 2, maxQueued: 5 });
    const finished: string[] = [];
    let mostRunning = 0;
    const sampler = setInterval(() => (mostRunning = Math.max(mostRunning, renderer.stats.running)), 5);
    const jobs = ["slow", "slow", "a", "b"].map((slug) => renderer.render(job(slug), fonts).then(() => finished.push(slug)));
    expect(renderer.stats).toMatchObject({ running: 2, queued: 2 });
    await Promise.all(jobs);
    clearInterval(sampler);
    expect(mostRunning).toBe(2);
    expect(spawned).toBe(2);
    // The queued jobs wait for a free worker and start in the order they came.
    expect(finished.indexOf("a")).toBeGreaterThan(0);
    expect(finished.indexOf("a")).toBeLessThan(finished.indexOf("b"));
  });

  it("refuses work when the queue is full, saying when to retry", async () => {
    const renderer = pool({ maxConcurrent: 1, maxQueued: 1 });
    const running = renderer.render(job("slow"), fonts);
    const queued = renderer.render(job("slow"), fonts);
    const refused = renderer.render(job("slow"), fonts);
    await expect(refused).rejects.toBeInstanceOf(PdfBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    await Promise.all([running, queued]);
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
    expect(spawned).toBe(2);
  });

  it("stops a render that takes too long", async () => {
    const renderer = pool({ timeoutMs: 200 });
    await expect(renderer.render(job("hang"), fonts)).rejects.toThrow(/longer than/);
    expect(renderer.stats.running).toBe(0);
    expect(text((await renderer.render(job("after"), fonts)).pdf)).toBe("%PDF-after");
  });

  it("ends idle workers after a while", async () => {
    const renderer = pool({ idleMs: 50 });
    await renderer.render(job("a"), fonts);
    expect(renderer.stats.idleWorkers).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(renderer.stats.idleWorkers).toBe(0);
  });
});
