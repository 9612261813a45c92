import { describe, expect, it } from "vitest";
import { serialiseJsonLd, statementJsonLd, type JsonLdInput } from "./json-ld";

const input: JsonLdInput = {
  url: "https://tracker.example/statements/7",
  kind: "QUOTE",
  text: "You [France] were right </script><script>alert(1)</script>",
  language: "en",
  date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
  speaker: { name: "Mark Rutte", url: "https://tracker.example/speakers/mark-rutte", roleThen: "Secretary General, NATO" },
  topics: [{ name: "Defence spending", url: "https://tracker.example/topics/defence-spending" }],
  sources: [{ title: "Press statements", url: "https://www.nato.int/x.htm", outlet: "NATO", publishedOn: "2024-11-12" }],
  claims: [{ text: "About 1,000 casualties a day", status: "UNVERIFIED" }],
};

describe("statementJsonLd", () => {
  it("describes a quote as a Quotation spoken by the speaker, with a Claim per claim", () => {
    const doc = statementJsonLd(input) as { "@graph": Record<string, unknown>[] };
    const [quotation, claim] = doc["@graph"];
    expect(quotation).toMatchObject({ "@type": "Quotation", dateCreated: "2024-11-12", temporalCoverage: "2024-11-12" });
    expect(quotation!.spokenByCharacter).toMatchObject({ "@type": "Person", name: "Mark Rutte", jobTitle: "Secretary General, NATO" });
    expect(claim).toMatchObject({ "@type": "Claim", text: "About 1,000 casualties a day", appearance: { "@id": input.url } });
  });

  it("gives vague dates as an interval and paraphrases as authored statements", () => {
    const doc = statementJsonLd({
      ...input,
      kind: "PARAPHRASE",
      date: { start: "2025-05-01", end: "2025-08-31", precision: "APPROXIMATE" },
    }) as { "@graph": Record<string, unknown>[] };
    expect(doc["@graph"][0]).toMatchObject({ "@type": "Statement", temporalCoverage: "2025-05-01/2025-08-31" });
    expect(doc["@graph"][0]).not.toHaveProperty("dateCreated");
    expect(doc["@graph"][0]).toHaveProperty("author");
  });

  it("serialises without anything that could end the script element", () => {
    const json = serialiseJsonLd(statementJsonLd(input));
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual(statementJsonLd(input));
  });
});
