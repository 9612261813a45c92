import { describe, expect, it } from "vitest";
import { buildSpeakerIndex, discoverPeople, findMentions, matchAlias, tokenize } from "./speakers";
import type { SpeakerDirectory } from "./types";

const directory: SpeakerDirectory = [
  { id: 1, name: "Mark Rutte", aliases: ["Rutte", "the Secretary General", "NATO Secretary-General", "NATO chief"] },
  { id: 2, name: "Donald Tusk", aliases: ["PM Donald Tusk"] },
  { id: 3, name: "Donald Trump", aliases: ["President Trump"] },
  { id: 4, name: "Anna Lindh", aliases: [] },
  { id: 5, name: "Erik Lindh", aliases: [] },
];

function mentioned(text: string, quotes: { start: number; end: number }[] = []) {
  const index = buildSpeakerIndex(directory);
  const tokens = tokenize(text);
  discoverPeople(text, tokens, index, quotes);
  return findMentions(text, tokens, index, quotes).map((m) => ({
    text: text.slice(m.start, m.end),
    who: m.pronoun ?? m.people.map((p) => index.people[p]!.name).join("|"),
    possessive: m.possessive,
    inQuote: m.inQuote,
  }));
}

describe("tokenize", () => {
  it("splits off possessives and keeps apostrophes inside words", () => {
    const tokens = tokenize("Rutte’s allies’ don't O’Brien's");
    expect(tokens.map((t) => [t.norm, t.possessive])).toEqual([
      ["rutte", true],
      ["allies", true],
      ["don't", false],
      ["o'brien", true],
    ]);
  });
});

describe("matchAlias and findMentions", () => {
  it("finds names, surnames and aliases, longest first, whatever the hyphen or case", () => {
    expect(mentioned("NATO Secretary General Mark Rutte met the NATO chief; THE SECRETARY GENERAL and Rutte’s team.")).toEqual([
      { text: "NATO Secretary General Mark Rutte", who: "Mark Rutte", possessive: false, inQuote: false },
      { text: "NATO chief", who: "Mark Rutte", possessive: false, inQuote: false },
      { text: "THE SECRETARY GENERAL", who: "Mark Rutte", possessive: false, inQuote: false },
      { text: "Rutte", who: "Mark Rutte", possessive: true, inQuote: false },
    ]);
  });

  it("matches a name written with a middle initial and its full stop (“Antonia J. Blake”)", () => {
    const index = buildSpeakerIndex([{ name: "Antonia Blake", aliases: ["Antonia J. Blake"] }]);
    const text = "said Mayor Antonia J. Blake on Monday";
    expect(matchAlias(text, tokenize(text), 2, index)).toEqual({ length: 3, people: [0] });
  });

  it("does not match a one-word alias in lower case", () => {
    const index = buildSpeakerIndex([{ name: "Donald Trump", aliases: ["Trump"] }]);
    const tokens = tokenize("they trump the rules, said Trump");
    expect(matchAlias("they trump the rules, said Trump", tokens, 1, index)).toBeNull();
    expect(matchAlias("they trump the rules, said Trump", tokens, 5, index)).toEqual({ length: 1, people: [0] });
  });

  it("does not take a month in a date or a title before another name for a one-word alias", () => {
    const index = buildSpeakerIndex([
      { name: "Hilda May", aliases: ["May"] },
      { name: "Oren King", aliases: ["King"] },
    ]);
    for (const [text, at] of [
      ["Posted May 3, 2019: the council met", 1],
      ["Posted on 3 May 2019", 3],
      ["a tribute to King Albert of the Belgians", 2],
    ] as const)
      expect(matchAlias(text, tokenize(text), at, index)).toBeNull();
    for (const [text, at, person] of [
      ["May said she would stay", 0, 0],
      ["the mayor and King disagreed", 3, 1],
    ] as const)
      expect(matchAlias(text, tokenize(text), at, index)).toEqual({ length: 1, people: [person] });
  });

  it("leaves a shared surname to both people and does not derive it", () => {
    expect(mentioned("Lindh said. Anna Lindh said.")).toEqual([
      { text: "Anna Lindh", who: "Anna Lindh", possessive: false, inQuote: false },
    ]);
    const index = buildSpeakerIndex([
      { id: "a", name: "A One", aliases: ["the minister"] },
      { id: "b", name: "B Two", aliases: ["the minister"] },
    ]);
    const text = "the minister";
    expect(matchAlias(text, tokenize(text), 0, index)?.people).toEqual([0, 1]);
  });

  it("marks pronouns and mentions inside quotations", () => {
    const text = "He said “Rutte is right” and her view.";
    expect(mentioned(text, [{ start: 8, end: 24 }])).toEqual([
      { text: "He", who: "he", possessive: false, inQuote: false },
      { text: "Rutte", who: "Mark Rutte", possessive: false, inQuote: true },
      { text: "her", who: "she", possessive: true, inQuote: false },
    ]);
  });
});

describe("discoverPeople", () => {
  function discovered(text: string): string[] {
    const index = buildSpeakerIndex([]);
    discoverPeople(text, tokenize(text), index, []);
    return index.people.map((p) => p.name);
  }

  it("finds full names next to a speech verb or after a title", () => {
    expect(discovered("“No,” said Laima Kazlauskienė, a shopkeeper.")).toEqual(["Laima Kazlauskienė"]);
    expect(discovered("Anna Berg, an analyst at the institute, said it was late.")).toEqual(["Anna Berg"]);
    expect(discovered("Polish Foreign Minister Radek Nowak arrived.")).toEqual(["Radek Nowak"]);
    expect(discovered("Its defence spokeswoman, Sabine Roth, said so.")).toEqual(["Sabine Roth"]);
    expect(discovered("Gen. Anders Holm, the commander, was careful.")).toEqual(["Anders Holm"]);
    expect(discovered("Her colleague Mihhail Petrov disagrees.")).toEqual(["Mihhail Petrov"]);
  });

  it("does not take places, institutions or sentence openers for people", () => {
    expect(discovered("The White House said no. In Brussels, NATO Headquarters said yes. New York, the city, waited.")).toEqual([]);
    expect(discovered("Residents of Baltic States say they are worried.")).toEqual([]);
    expect(discovered("He flew to Saudi Arabia on Monday.")).toEqual([]);
  });

  it("gives a discovered person the surname as an alias", () => {
    const text = "Anna Berg said it was late. Berg added more.";
    const index = buildSpeakerIndex([]);
    const tokens = tokenize(text);
    discoverPeople(text, tokens, index, []);
    expect(findMentions(text, tokens, index, []).map((m) => text.slice(m.start, m.end))).toEqual(["Anna Berg", "Berg"]);
  });
});
