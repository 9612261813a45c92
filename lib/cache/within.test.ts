import { describe, expect, it } from "vitest";
import { settledWithin } from "./within";

describe("settledWithin", () => {
  it("gives the value of a promise that is already settled", async () => {
    expect(await settledWithin(Promise.resolve(7), 0)).toBe(7);
    expect(await settledWithin(Promise.resolve(7), 1000)).toBe(7);
  });

  it("gives undefined for a promise that has not settled, which stays usable", async () => {
    let resolve!: (n: number) => void;
    const pending = new Promise<number>((r) => (resolve = r));
    expect(await settledWithin(pending, 1)).toBeUndefined();
    resolve(3);
    expect(await pending).toBe(3);
  });

  it("passes a rejection on", async () => {
    await expect(settledWithin(Promise.reject(new Error("no")), 1000)).rejects.toThrow("no");
  });
});
