import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./fts-query";

describe("toFtsQuery", () => {
  it("ANDs words and keeps phrases and prefixes", () => {
    expect(toFtsQuery("nuclear threat")?.match).toBe('"nuclear" AND "threat"');
    expect(toFtsQuery('"dark threat" Putin')?.match).toBe('"dark threat" AND "Putin"');
    expect(toFtsQuery("deter*")?.match).toBe('"deter"*');
  });

  it("supports OR and exclusion", () => {
    expect(toFtsQuery("Patriot OR missile")?.match).toBe('("Patriot" OR "missile")');
    expect(toFtsQuery("Ukraine -Trump")?.match).toBe('"Ukraine" NOT "Trump"');
  });

  it("neutralises operators, brackets and stray quotes", () => {
    expect(toFtsQuery('NEAR(a b) AND "unclosed')?.match).toBe('"NEAR" AND "a" AND "b" AND "AND" AND "unclosed"');
    expect(toFtsQuery("col:value ^start")?.match).toBe('"col" AND "value" AND "start"');
    expect(toFtsQuery("()*:^\"\"")).toBeNull();
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("OR")).toBeNull();
    expect(toFtsQuery("-only")).toBeNull();
  });

  it("keeps other scripts and apostrophes", () => {
    expect(toFtsQuery("Путин")?.match).toBe('"Путин"');
    expect(toFtsQuery("Łódź Élysée")?.terms).toEqual(["Łódź", "Élysée"]);
    expect(toFtsQuery("Russia’s")?.match).toBe('"Russia s"');
  });
});
