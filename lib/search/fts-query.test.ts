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
    expect(toFtsQuery('()*:^""')).toBeNull();
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("OR")).toBeNull();
    expect(toFtsQuery("-only")).toBeNull();
  });

  it("says the same as a PostgreSQL tsquery", () => {
    expect(toFtsQuery('"dark threat" Putin deter*')?.tsquery).toBe("('dark' <-> 'threat') & 'Putin' & 'deter':*");
    expect(toFtsQuery("Patriot OR missile -Trump")?.tsquery).toBe("('Patriot' | 'missile') & !'Trump'");
    expect(toFtsQuery("it's 'quoted' \\ & | ! <->")?.tsquery).toBe("('it' <-> 's') & 'quoted'");
    expect(toFtsQuery("Russia’s Łódź")?.tsquery).toBe("('Russia' <-> 's') & 'Łódź'");
  });

  it("keeps other scripts and apostrophes", () => {
    expect(toFtsQuery("Путин")?.match).toBe('"Путин"');
    expect(toFtsQuery("Łódź Élysée")?.terms).toEqual(["Łódź", "Élysée"]);
    expect(toFtsQuery("Russia’s")?.match).toBe('"Russia s"');
  });
});
