import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps a short text whole, with its spacing flattened", () => {
    expect(excerpt("  We stand\nwith Ukraine. ")).toBe("We stand with Ukraine.");
  });

  it("cuts a long text at a word boundary and marks the cut", () => {
    const cut = excerpt("Allies must spend far more on defence, and they must do it now, not in ten years.", 40);
    expect(cut).toBe("Allies must spend far more on defence…");
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it("cuts a long word where it must", () => {
    expect(excerpt("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
