// Guards the mechanism behind the write queue and the password-hash bound: tasks run in arrival
// order, no more at once than allowed, and a task that would wait too long (by count, or by the
// expected time from the recent average) is refused at once without running. Explicit promises and
// a hand-driven clock: nothing here depends on how fast the machine is.
import { describe, expect, it } from "vitest";
import { BoundedSlots } from "./bounded-slots";

class Busy extends Error {}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Lets every pending promise continuation run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe("BoundedSlots", () => {
  it("runs one at a time in arrival order, whatever order the work finishes in", async () => {
    const slots = new BoundedSlots({ concurrency: 1, maxWaiting: 10 }, () => new Busy());
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const runs = gates.map((g, i) => slots.run(async () => (started.push(i), await g.opened, i)));
    await settle();
    expect(started).toEqual([0]);
    expect(slots.stats()).toMatchObject({ running: 1, waiting: 4 });
    // Later arrivals are ready first: they still wait their turn.
    gates[4]!.open();
    gates[3]!.open();
    await settle();
    expect(started).toEqual([0]);
    gates[0]!.open();
    await settle();
    expect(started).toEqual([0, 1]);
    // A newcomer arriving now queues behind the four already waiting.
    const late = slots.run(async () => (started.push(5), 5));
    for (const g of gates) g.open();
    expect(await Promise.all([...runs, late])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slots.stats()).toMatchObject({ running: 0, waiting: 0, started: 6, refused: 0 });
  });

  it("refuses at once, without running it, a task beyond the waiting bound", async () => {
    const slots = new BoundedSlots({ concurrency: 2, maxWaiting: 1 }, () => new Busy());
    const g = gate();
    const runs = [0, 1, 2].map((i) => slots.run(async () => (await g.opened, i)));
    let ran = false;
    await expect(slots.run(async () => (ran = true))).rejects.toBeInstanceOf(Busy);
    expect(ran).toBe(false);
    expect(slots.stats()).toMatchObject({ running: 2, waiting: 1, refused: 1 });
    g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(await slots.run(async () => "room again")).toBe("room again");
  });

  it("refuses a task whose expected wait, from the recent average duration, exceeds the budget", async () => {
    let clock = 0;
    const slots = new BoundedSlots({ concurrency: 1, maxWaiting: 1000, waitBudgetMs: 1000, now: () => clock }, () => new Busy());
    // One task that takes 200 ms on the clock sets the average.
    await slots.run(async () => void (clock += 200));
    expect(slots.stats().averageMs).toBe(200);
    const g = gate();
    const held = slots.run(() => g.opened);
    // Waiting tasks 1…5 expect 200…1000 ms: accepted; the sixth would expect 1200 ms.
    const waiting = Array.from({ length: 5 }, (_, i) => slots.run(async () => i));
    expect(slots.expectedWaitMs()).toBe(1200);
    await expect(slots.run(async () => "too late")).rejects.toBeInstanceOf(Busy);
    expect(slots.stats()).toMatchObject({ waiting: 5, refused: 1 });
    g.open();
    await held;
    expect(await Promise.all(waiting)).toEqual([0, 1, 2, 3, 4]);
  });

  it("lets a few wait whatever the estimate, and counts one very slow task as no longer than the budget", async () => {
    let clock = 0;
    const slots = new BoundedSlots(
      { concurrency: 1, maxWaiting: 1000, waitBudgetMs: 1000, minWaiting: 3, now: () => clock },
      () => new Busy(),
    );
    // A cold start: the first task takes 60 s on the clock, and is counted as 1000 ms.
    await slots.run(async () => void (clock += 60_000));
    expect(slots.stats().averageMs).toBe(1000);
    const g = gate();
    const held = slots.run(() => g.opened);
    const waiting = [0, 1, 2].map((i) => slots.run(async () => i));
    await expect(slots.run(async () => "fourth")).rejects.toBeInstanceOf(Busy);
    g.open();
    await held;
    expect(await Promise.all(waiting)).toEqual([0, 1, 2]);
  });

  it("frees the slot when a task fails", async () => {
    const slots = new BoundedSlots({ concurrency: 1, maxWaiting: 0 }, () => new Busy());
    await expect(slots.run(async () => Promise.reject(new Error("write failed")))).rejects.toThrow("write failed");
    expect(await slots.run(async () => "next")).toBe("next");
    expect(slots.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it("judges a first burst by the expected duration it was given, before any task has ended", async () => {
    const slots = new BoundedSlots(
      { concurrency: 1, maxWaiting: 100, waitBudgetMs: 100, minWaiting: 0, initialAverageMs: 30, now: () => 0 },
      () => new Busy(),
    );
    const hold = gate();
    const runs = Array.from({ length: 6 }, () =>
      slots
        .run(() => hold.opened)
        .then(
          () => "ran",
          (error: unknown) => error,
        ),
    );
    await settle();
    // One runs; three wait (an expected 30, 60 and 90 ms); the next two would wait 120 ms and more.
    expect(slots.stats()).toMatchObject({ running: 1, waiting: 3, refused: 2 });
    hold.open();
    const results = await Promise.all(runs);
    expect(results.filter((r) => r === "ran")).toHaveLength(4);
    expect(results.filter((r) => r instanceof Busy)).toHaveLength(2);
  });
});
