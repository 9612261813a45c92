// The export route as a reader's browser meets it: the download with its file name, and a clear
// message with the right status (never a broken file) for an unknown topic, a busy server or a
// failed render.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { RenderPool } from "@/lib/pdf/render-pool";
import { setPdfRenderPool } from "@/lib/pdf/renderer";
import { heldJob, release, spawnFakeWorker } from "@/lib/pdf/testing/fake-worker";
import { pdfText } from "@/lib/pdf/testing/pdf-text";
import { sourceWorkerSpawner } from "@/lib/pdf/testing/source-worker";
import { GET } from "./route";

let realPool: RenderPool;
const extraPools: RenderPool[] = [];

beforeAll(async () => {
  await seedDemoData(db, demoData);
  realPool = new RenderPool({ spawn: await sourceWorkerSpawner() });
});

afterEach(() => {
  setPdfRenderPool(realPool);
  delete process.env.PUBLIC_BASE_URL;
});

afterAll(async () => {
  await Promise.all([realPool, ...extraPools].map((pool) => pool.close()));
});

function exportRequest(path: string, accept = "application/pdf, text/plain;q=0.9") {
  const url = new URL(path, "http://tracker.test");
  const slug = decodeURIComponent(url.pathname.split("/")[2]!);
  return GET(new Request(url, { headers: { accept } }), { params: Promise.resolve({ slug }) });
}

function usePool(pool: RenderPool) {
  extraPools.push(pool);
  setPdfRenderPool(pool);
}

describe("GET /topics/[slug]/export.pdf", () => {
  it("downloads the view as a PDF named after topic, speaker and day", async () => {
    setPdfRenderPool(realPool);
    const response = await exportRequest("/topics/defence-spending/export.pdf?speaker=mark-rutte&kind=paraphrase");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="defence-spending_mark-rutte_\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(response.headers.get("server-timing")).toMatch(/data;dur=\d+, queue;dur=\d+, render;dur=\d+/);
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const { body } = await pdfText(pdf);
    expect(body).toContain("Paraphrases only");
    expect(body).toContain("http://tracker.test/topics/defence-spending?speaker=mark-rutte&kind=paraphrase");
    expect(body).not.toContain("boosting defence spending is essential");
  });

  it("links to PUBLIC_BASE_URL when it is set", async () => {
    setPdfRenderPool(realPool);
    process.env.PUBLIC_BASE_URL = "https://statements.example.org/";
    const response = await exportRequest("/topics/defence-spending/export.pdf?speaker=mark-rutte");
    const { body } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(body).toContain("https://statements.example.org/topics/defence-spending?speaker=mark-rutte");
    expect(body).toMatch(/https:\/\/statements\.example\.org\/statements\/\d+/);
  });

  it("answers an unknown topic with 404 and a message, as text or as a page", async () => {
    const text = await exportRequest("/topics/no-such-topic/export.pdf");
    expect(text.status).toBe(404);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await text.text()).toBe("There is no topic at this address, so there is nothing to export.");

    const page = await exportRequest("/topics/no-such-topic/export.pdf", "text/html,application/xhtml+xml,*/*;q=0.8");
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<h1>The PDF could not be made</h1>");
  });

  it("turns requests away with 503 and Retry-After when too many PDFs are being made", async () => {
    const worker = spawnFakeWorker("held");
    usePool(new RenderPool({ spawn: () => worker, maxConcurrent: 1, maxQueued: 0 }));
    const held = heldJob(worker);
    const first = exportRequest("/topics/defence-spending/export.pdf?speaker=mark-rutte");
    // The first PDF is being made (and stays so until released) when the second request comes.
    await held;
    const second = await exportRequest("/topics/defence-spending/export.pdf?speaker=mark-rutte");
    release(worker);
    expect(second.status).toBe(503);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await second.text()).toMatch(/busy making other PDFs\. Please try again in \d+ seconds\./);
    expect((await first).status).toBe(200);
  });

  it("reports a failed render with 500 and a message, not a broken file", async () => {
    usePool(new RenderPool({ spawn: () => spawnFakeWorker("fail") }));
    const response = await exportRequest("/topics/defence-spending/export.pdf?speaker=mark-rutte", "text/html");
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBeNull();
    const html = await response.text();
    expect(html).toContain("because of an error on the server");
    expect(html).toContain('href="/topics/defence-spending?speaker=mark-rutte"');
  });
});
