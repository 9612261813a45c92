import { describe, expect, it } from "vitest";
import { diffFields } from "./diff";

describe("diffFields", () => {
  it("lists only the fields that changed, nested values compared by content", () => {
    const before = { text: "a", topics: [{ slug: "x", stance: "FOR" }], version: 1, updatedAt: new Date(1) };
    const after = { text: "b", topics: [{ slug: "x", stance: "FOR" }], version: 2, updatedAt: new Date(2) };
    expect(diffFields(before, after)).toEqual({ text: { before: "a", after: "b" } });
  });

  it("treats a create as every field going from null", () => {
    expect(diffFields(null, { text: "new", deletedAt: null })).toEqual({ text: { before: null, after: "new" } });
  });

  it("serialises dates", () => {
    const at = new Date("2025-01-01T00:00:00Z");
    expect(diffFields({ deletedAt: null }, { deletedAt: at })).toEqual({ deletedAt: { before: null, after: "2025-01-01T00:00:00.000Z" } });
  });
});
