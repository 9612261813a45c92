import { afterEach, describe, expect, it, vi } from "vitest";
import { personCreateSchema, personUpdateSchema } from "./schema";

afterEach(() => vi.useRealTimers());

const issues = (input: unknown) => {
  const result = personCreateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("person schema", () => {
  it("trims, lowercases the slug and leaves optional fields out", () => {
    expect(personCreateSchema.parse({ name: "  Mark Rutte ", slug: " Mark-Rutte " })).toEqual({ name: "Mark Rutte", slug: "mark-rutte" });
  });

  it("de-duplicates aliases case-insensitively, keeping the first spelling, and drops blanks", () => {
    expect(personCreateSchema.parse({ name: "X", aliases: [" Rutte", "RUTTE", "", "Mark", "mark "] }).aliases).toEqual(["Rutte", "Mark"]);
  });

  it("limits aliases to 20 after de-duplication", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `A${i}`);
    expect(personCreateSchema.safeParse({ name: "X", aliases: [...twenty, "a0"] }).success).toBe(true);
    expect(issues({ name: "X", aliases: [...twenty, "extra"] })).toEqual({ aliases: "List at most 20 aliases." });
  });

  it("checks role dates: real days, not in the future, end not before start; blank dates mean unknown", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 5, 15, 12));
    expect(personCreateSchema.parse({ name: "X", roles: [{ title: "PM", startDate: "", endDate: "" }] }).roles).toEqual([
      { title: "PM", startDate: null, endDate: null },
    ]);
    expect(personCreateSchema.safeParse({ name: "X", roles: [{ title: "PM", startDate: "2025-06-15" }] }).success).toBe(true);
    expect(issues({ name: "X", roles: [{ title: "PM", startDate: "2025-06-16" }] })).toEqual({
      "roles.0.startDate": "This date is in the future.",
    });
    expect(issues({ name: "X", roles: [{ title: "PM", startDate: "2024-02-30" }] })).toEqual({
      "roles.0.startDate": "Enter a real date as YYYY-MM-DD.",
    });
    expect(issues({ name: "X", roles: [{ title: "PM", startDate: "2024-02-02", endDate: "2024-02-01" }] })).toEqual({
      "roles.0.endDate": "The end date cannot be before the start date.",
    });
    expect(
      personCreateSchema.safeParse({ name: "X", roles: [{ title: "PM", startDate: "2024-02-02", endDate: "2024-02-02" }] }).success,
    ).toBe(true);
  });

  it("allows overlapping roles but not the same role twice", () => {
    const pm = { title: "Prime Minister", organisation: "Netherlands", startDate: "2010-10-14", endDate: null };
    expect(personCreateSchema.safeParse({ name: "X", roles: [pm, { ...pm, title: "Party leader" }] }).success).toBe(true);
    expect(issues({ name: "X", roles: [pm, { ...pm, title: "prime minister " }] })).toEqual({
      "roles.1.title": "This role is already listed above.",
    });
  });

  it("requires a name and a role title", () => {
    expect(issues({ name: " ", roles: [{ title: "" }] })).toEqual({
      name: "Enter the speaker's name.",
      "roles.0.title": "Enter the role's title.",
    });
  });

  it("update: every field optional, the version required and numeric", () => {
    expect(personUpdateSchema.parse({ version: "3" })).toEqual({ version: 3 });
    expect(personUpdateSchema.safeParse({ name: "X" }).success).toBe(false);
    expect(personUpdateSchema.safeParse({ version: "abc" }).success).toBe(false);
  });

  it("is idempotent, so mutations can validate input a form already parsed", () => {
    const once = personCreateSchema.parse({
      name: " X ",
      slug: "",
      aliases: ["a", "A"],
      roles: [{ title: " PM ", startDate: "", organisation: " Gov " }],
    });
    expect(personCreateSchema.parse(once)).toEqual(once);
  });
});
