// Exports stream: the next batch is loaded only when the client has taken the previous one, so
// 100,000 statements never sit in memory together (the peak memory itself is measured by
// `npx tsx scripts/bench-open-data.ts`).
import { describe, expect, it } from "vitest";
import { CHUNK_SIZE, streamBatches } from "./stream";

function counted(batches: number, size: number) {
  const state = { loaded: 0, closed: false };
  async function* source() {
    try {
      for (let b = 0; b < batches; b++) {
        state.loaded++;
        yield Array.from({ length: size }, (_, i) => b * size + i);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

// Lets every pending promise and stream pull run (the sources here never wait on I/O).
const settled = () => new Promise((resolve) => setImmediate(resolve));

const encoder = {
  head: "[",
  batch: (records: number[], first: boolean) => records.map((r, i) => (first && i === 0 ? "" : ",") + r),
  tail: (count: number) => `]${count}`,
};

describe("streamBatches", () => {
  it("loads nothing before it is read, then one batch per read", async () => {
    const { state, source } = counted(1000, 100);
    const reader = streamBatches(source, encoder).getReader();
    await settled();
    expect(state.loaded).toBe(0);
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("[");
    expect(state.loaded).toBe(0);
    await reader.read();
    await reader.read();
    await settled();
    expect(state.loaded).toBe(2);
    await reader.cancel();
    expect(state.closed).toBe(true);
    expect(state.loaded).toBe(2);
  });

  it("writes head, batches and tail with the record count", async () => {
    const { source } = counted(3, 2);
    const text = await new Response(streamBatches(source, encoder)).text();
    expect(text).toBe("[0,1,2,3,4,5]6");
  });

  it("sends a large batch as several chunks of about CHUNK_SIZE", async () => {
    const { source } = counted(1, 20_000);
    const reader = streamBatches(source, {
      head: "",
      batch: (records: number[]) => records.map((r) => `${r}`.padStart(8, "0") + "\n"),
      tail: () => "",
    }).getReader();
    const sizes: number[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) sizes.push(chunk.value.byteLength);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000 * 9);
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.max(...sizes)).toBeLessThan(CHUNK_SIZE + 9);
  });

  it("writes a valid empty document when there is nothing", async () => {
    const { source } = counted(0, 2);
    expect(await new Response(streamBatches(source, encoder)).text()).toBe("[]0");
  });
});
