// Speakers a careful analyst would name, on layouts and phrasings of real articles: no function
// word or verb as speaker, role nouns resolved on the text's date, pronouns to the subject of the
// attributing clause, one name per person.
import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";
import type { SpeakerDirectory } from "./types";

const role = (title: string, organisation: string, startDate: string | null, endDate: string | null = null) => ({
  title,
  organisation,
  startDate,
  endDate,
});
const speakers: SpeakerDirectory = [
  {
    id: 1,
    name: "Mark Rutte",
    aliases: [],
    roles: [role("Prime Minister", "Netherlands", "2010-10-14", "2024-07-02"), role("Secretary General", "NATO", "2024-10-01")],
  },
  { id: 2, name: "Jens Stoltenberg", aliases: [], roles: [role("Secretary General", "NATO", "2014-10-01", "2024-09-30")] },
  { id: 3, name: "Donald Trump", aliases: [], roles: [role("President", "United States", "2025-01-20")] },
  { id: 4, name: "Emmanuel Macron", aliases: [], roles: [role("President", "France", "2017-05-14")] },
  { id: 5, name: "Robert Fico", aliases: [], roles: [role("Prime Minister", "Slovakia", "2023-10-25")] },
  { id: 6, name: "Vladimir Putin", aliases: [], roles: [role("President", "Russia", "2012-05-07")] },
  { id: 7, name: "Pedro Sánchez", aliases: [], roles: [role("Prime Minister", "Spain", "2018-06-02")] },
];

const quotes = (text: string, defaultDate: string | null = "2025-06-24") =>
  extractCandidates(text, { speakers, defaultDate })
    .candidates.filter((c) => c.kind === "QUOTE")
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null, proposed: c.confidence >= 0.5 }));

describe("speakers on real phrasings", () => {
  it("never takes a function word or a verb for the speaker", () => {
    const text = [
      "Rutte spoke in Brussels on Monday.",
      "“We will defend every inch of allied territory,” and added that the alliance was ready.",
      "Officials met late. “The meeting went well, all things considered”, before adding that more talks were planned.",
      "“Tough love” seemed to be the message of the day.",
    ].join("\n\n");
    for (const quote of quotes(text)) expect(["and", "before", "seemed", "adding"]).not.toContain(quote.speaker?.toLowerCase());
  });

  it("keeps “…,” he said, adding that, “…” as two statements of the same person", () => {
    const text =
      "Fico spoke in Bratislava. “Neutrality would be very beneficial for Slovakia,” he said, adding that, “Unfortunately, such a decision is not in my hands.”";
    expect(quotes(text)).toEqual([
      { text: "Neutrality would be very beneficial for Slovakia", speaker: "Robert Fico", proposed: true },
      { text: "Unfortunately, such a decision is not in my hands.", speaker: "Robert Fico", proposed: true },
    ]);
  });

  it("resolves role nouns to whoever held the role on the text's date", () => {
    const text =
      "President Donald Trump flew to The Hague.\n\n“I'm committed to being their friends,” the president told reporters.\n\n“We stand ready,” the NATO chief said.";
    expect(quotes(text, "2025-06-24").map((q) => q.speaker)).toEqual(["Donald Trump", "Mark Rutte"]);
    // Ten years earlier the same words name Rutte's predecessor.
    expect(quotes("“We stand ready,” the NATO Secretary General said.", "2015-06-24").map((q) => q.speaker)).toEqual(["Jens Stoltenberg"]);
    expect(quotes("“We stand ready,” the alliance's secretary-general said.", "2025-06-24").map((q) => q.speaker)).toEqual(["Mark Rutte"]);
    expect(
      quotes("Macron met Trump.\n\n“The day begins in the beautiful Netherlands,” the US president wrote.").map((q) => q.speaker),
    ).toEqual(["Donald Trump"]);
  });

  it("resolves a pronoun to the subject of the attributing clause, not a name inside a relative clause", () => {
    const text =
      "Robert Fico, who has visited Moscow twice and met Vladimir Putin last year, rejected the target on Monday. “Slovakia has other priorities than armament,” he said.";
    expect(quotes(text)).toEqual([{ text: "Slovakia has other priorities than armament", speaker: "Robert Fico", proposed: true }]);
    const passive =
      "President Donald Trump refused to say more on Tuesday. Speaking to reporters aboard Air Force One, the president was asked about Article Five.\n\nHe replied: “It depends on your definition. There’s numerous definitions of Article Five.”";
    expect(quotes(passive)[0]!.speaker).toBe("Donald Trump");
  });

  it("keeps one name for one person, with or without accents", () => {
    const text = "“Spain cannot commit to a specific target,” Pedro Sanchez wrote. “It would be counterproductive,” Sánchez added.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Pedro Sánchez", "Pedro Sánchez"]);
    expect(quotes("“Spain will meet its commitments,” said Sanchez.").map((q) => q.speaker)).toEqual(["Pedro Sánchez"]);
  });
});
