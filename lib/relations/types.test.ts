import { describe, expect, it } from "vitest";
import { readStatementReference, RELATION_LABEL, RELATION_TYPES } from "./types";

describe("readStatementReference", () => {
  it("reads a number, #number, or a permalink on any host", () => {
    expect(readStatementReference("42")).toBe(42);
    expect(readStatementReference(" #42 ")).toBe(42);
    expect(readStatementReference("/statements/42")).toBe(42);
    expect(readStatementReference("https://tracker.example.org/statements/42?saved=updated#history")).toBe(42);
    expect(readStatementReference("http://localhost:3000/statements/7/cite")).toBe(7);
    expect(readStatementReference("https://tracker.example.org/embed/statements/9")).toBe(9);
  });

  it("names nothing for other text, other pages, zero and oversized numbers", () => {
    for (const text of [
      "",
      "abc",
      "0",
      "#0",
      "-3",
      "4.5",
      "/speakers/42",
      "https://x.org/statements/abc",
      "9".repeat(13),
      "javascript:alert(1)",
    ])
      expect(readStatementReference(text)).toBeNull();
  });
});

describe("relation labels", () => {
  it("read each type from both ends", () => {
    for (const type of RELATION_TYPES) {
      expect(RELATION_LABEL[type].outgoing).not.toBe("");
      expect(RELATION_LABEL[type].incoming).not.toBe("");
    }
    expect(RELATION_LABEL.WALKS_BACK).toEqual({ outgoing: "walks back", incoming: "walked back by" });
    expect(RELATION_LABEL.RESPONDS_TO).toEqual({ outgoing: "responds to", incoming: "answered by" });
  });
});
