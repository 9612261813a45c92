import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { buildTopicMatcher, stem, suggestTopics } from "./topics";

const slugs = (text: string) => suggestTopics(text, demoData.topics).map((t) => t.slug);

describe("stem", () => {
  it("meets word forms and spellings halfway", () => {
    expect(stem("negotiations")).toBe(stem("negotiating"));
    expect(stem("defense")).toBe(stem("defence"));
    expect(stem("Sanctions")).toBe(stem("sanction"));
    expect(stem("Kremlin")).toBe(stem("Russia"));
  });
});

describe("suggestTopics", () => {
  it("suggests the topics a statement is about, best first", () => {
    expect(slugs("We need a 400% increase in air and missile defence, with more Patriot systems.")[0]).toBe("air-and-missile-defence");
    expect(slugs("Allies must spend more on defence: 2% of GDP is a floor, not a ceiling.")[0]).toBe("defence-spending");
    expect(slugs("It is the only way toward peace negotiations.")).toContain("ukraine-peace-negotiations");
    expect(slugs("Secondary sanctions and tariffs will hit countries that trade with Russia.")[0]).toBe("sanctions-on-russia");
  });

  it("suggests a topic only with evidence, and says which words matched", () => {
    // A warning to Russia over Poland is not about Ukraine's NATO membership: “NATO” alone is no evidence.
    expect(slugs("Russia must not test Poland: NATO will defend every inch of allied territory.")).not.toContain("ukraine-nato-membership");
    const [first] = suggestTopics("Ukraine should join NATO; its membership path is irreversible.", demoData.topics);
    expect(first?.matchedTerms).toEqual(expect.arrayContaining(["Ukraine", "NATO", "membership"]));
    expect(new Set(first?.matchedTerms).size).toBe(first?.matchedTerms.length);
  });

  it("suggests nothing for text about none of them", () => {
    expect(slugs("The weather in Brussels was mild and the coffee was good.")).toEqual([]);
    expect(suggestTopics("defence spending", [])).toEqual([]);
  });

  it("says which words matched, as written in the statement, and at most three topics", () => {
    const [first] = suggestTopics("Defence budgets are rising across the alliance.", demoData.topics);
    expect(first?.matched).toContain("Defence");
    const many = suggestTopics(
      "Russia nuclear threat sanctions air defence spending Ukraine NATO membership peace talks Indo-Pacific",
      demoData.topics,
    );
    expect(many.length).toBeLessThanOrEqual(3);
  });

  it("accepts a prebuilt matcher and returns the same suggestions", () => {
    const text = "Ukraine should join NATO; its membership path is irreversible.";
    expect(suggestTopics(text, buildTopicMatcher(demoData.topics))).toEqual(suggestTopics(text, demoData.topics));
    expect(suggestTopics(text, demoData.topics)[0]?.slug).toBe("ukraine-nato-membership");
  });
});
