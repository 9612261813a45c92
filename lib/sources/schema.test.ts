import { describe, expect, it } from "vitest";
import { sourceCreateSchema, sourceUpdateSchema } from "./schema";

describe("source schema", () => {
  it("normalises the address and turns blanks into nulls", () => {
    expect(
      sourceCreateSchema.parse({ title: " T ", url: "HTTPS://Example.org/a/?utm_source=x#y", publishedOn: "", snapshotText: "  " }),
    ).toEqual({
      title: "T",
      url: "https://example.org/a",
      publishedOn: null,
      snapshotText: null,
    });
    expect(sourceCreateSchema.parse({ title: "T", url: "" }).url).toBeNull();
  });

  it("refuses non-http addresses with a message at the url field", () => {
    const result = sourceCreateSchema.safeParse({ title: "T", url: "mailto:a@example.org" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["url", "Enter a web address starting with http:// or https://."],
    ]);
  });

  it("unifies line endings in pasted text", () => {
    expect(sourceCreateSchema.parse({ title: "T", snapshotText: "a\r\nb\rc\n" }).snapshotText).toBe("a\nb\nc");
  });

  it("refuses retrieval before publication, on create and update", () => {
    for (const schema of [sourceCreateSchema, sourceUpdateSchema]) {
      const result = schema.safeParse({ title: "T", version: 1, publishedOn: "2025-01-02", retrievedOn: "2025-01-01" });
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["retrievedOn"]);
    }
  });

  it("is idempotent", () => {
    const once = sourceCreateSchema.parse({ title: "T", url: "https://Example.org/x/", snapshotText: "a\r\nb", kind: "VIDEO" });
    expect(sourceCreateSchema.parse(once)).toEqual(once);
  });
});
