// Guards the bound on password hashing: at most `concurrency` hashes run, a few more wait their
// turn in order, and the rest are refused at once (the caller answers 429 with Retry-After).
import { describe, expect, it } from "vitest";
import { HashingBusyError, HashSlots } from "./hash-slots";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("HashSlots", () => {
  it("runs two at once, queues two in order, refuses the fifth, and frees slots as work ends", async () => {
    const slots = new HashSlots(2, 2, 3);
    const gates = Array.from({ length: 4 }, gate);
    const order: number[] = [];
    const runs = gates.map((g, i) => slots.run(async () => (order.push(i), await g.opened, i)));
    await Promise.resolve();
    expect(slots.stats()).toMatchObject({ running: 2, waiting: 2, started: 2 });
    const refused = await slots.run(async () => "never").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HashingBusyError);
    expect((refused as HashingBusyError).retryAfterSeconds).toBe(3);
    expect(slots.stats()).toMatchObject({ refused: 1, started: 2 });

    gates[1]!.open();
    expect(await runs[1]).toBe(1);
    expect(order).toEqual([0, 1, 2]);
    expect(slots.stats()).toMatchObject({ running: 2, waiting: 1 });
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(slots.stats()).toMatchObject({ running: 0, waiting: 0, started: 4, refused: 1 });
  });

  it("frees the slot when the work fails", async () => {
    const slots = new HashSlots(1, 0);
    await expect(slots.run(async () => Promise.reject(new Error("scrypt failed")))).rejects.toThrow("scrypt failed");
    expect(await slots.run(async () => "next")).toBe("next");
  });
});
