import { describe, expect, it } from "vitest";
import { parseSourceSnapshotLine, sourceSnapshotLine } from "./snapshot-line";

describe("a source as a statement's history records it", () => {
  it("reads back the label and the words the source gave, quotes and semicolons in them included", () => {
    const words = "Russia is and remains the most significant and “dark” threat; and more";
    const line = sourceSnapshotLine("Rutte: Russia remains NATO's threat", "LIGA.net", words);
    expect(line).toBe(`Rutte: Russia remains NATO's threat (LIGA.net); worded: “${words}”`);
    expect(parseSourceSnapshotLine(line)).toEqual({ label: "Rutte: Russia remains NATO's threat (LIGA.net)", rendering: words });
  });

  it("a source with the statement's own words has no rendering", () => {
    const line = sourceSnapshotLine("Joint press conference", "", null);
    expect(line).toBe("Joint press conference");
    expect(parseSourceSnapshotLine(line)).toEqual({ label: "Joint press conference", rendering: null });
    expect(parseSourceSnapshotLine("Title; worded: unterminated")).toEqual({ label: "Title; worded: unterminated", rendering: null });
  });
});
