import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { extractCandidates } from "./extract";

const speakers = demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases }));

function paraphrases(text: string) {
  return extractCandidates(text, { speakers })
    .candidates.filter((c) => c.kind === "PARAPHRASE")
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null, confidence: c.confidence }));
}

describe("paraphrase candidates", () => {
  it("proposes sentences that report speech without quotation marks", () => {
    const text =
      "At his inaugural press conference, Rutte urged member states to continue arming Ukraine. " +
      "He emphasized that Russia’s gains have been costly and limited.";
    expect(paraphrases(text)).toEqual([
      {
        text: "At his inaugural press conference, Rutte urged member states to continue arming Ukraine.",
        speaker: "Mark Rutte",
        confidence: 0.65,
      },
      { text: "He emphasized that Russia’s gains have been costly and limited.", speaker: "Mark Rutte", confidence: 0.5 },
    ]);
  });

  it("gives a weak candidate for a possessive with a noun of saying", () => {
    expect(paraphrases("Rutte’s assertion that there is no imminent nuclear threat is notable.")).toEqual([
      { text: "Rutte’s assertion that there is no imminent nuclear threat is notable.", speaker: "Mark Rutte", confidence: 0.35 },
    ]);
  });

  it("leaves out questions, headings, subordinate clauses and sentences holding a quote", () => {
    expect(paraphrases("What did Rutte say about the war in Ukraine this week?")).toEqual([]);
    expect(paraphrases("Rutte urges allies to spend more on defence\n\nBody text follows here.")).toEqual([]);
    expect(paraphrases("While Rutte downplays the immediate nuclear threat, it is vital to remain vigilant.")).toEqual([]);
    expect(paraphrases("Rutte said: “We must do more than just keep Ukraine in the fight.”")).toEqual([]);
  });

  it("keeps a sentence whose only quote is a scare-quoted word", () => {
    const text = "Rutte warned Russia that any attack on Poland would provoke a “devastating” response.";
    expect(paraphrases(text)).toEqual([{ text, speaker: "Mark Rutte", confidence: 0.65 }]);
  });
});
