import { describe, expect, it } from "vitest";
import { eventCreateSchema, eventUpdateSchema } from "./schema";

describe("event schema", () => {
  it("trims text, turns a blank date into unknown and checks the kind", () => {
    expect(eventCreateSchema.parse({ name: " Summit ", kind: "SUMMIT", location: " Vilnius ", date: "" })).toEqual({
      name: "Summit",
      kind: "SUMMIT",
      location: "Vilnius",
      date: null,
    });
    expect(eventCreateSchema.safeParse({ name: "Summit", kind: "PARTY" }).error?.issues.map((i) => i.path.join("."))).toEqual(["kind"]);
  });

  it("refuses a future date and a missing name", () => {
    const result = eventCreateSchema.safeParse({ name: "", date: "2999-01-01" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "Enter the event's name."],
      ["date", "This date is in the future."],
    ]);
  });

  it("update needs only the version", () => {
    expect(eventUpdateSchema.parse({ version: 2 })).toEqual({ version: 2 });
  });
});
