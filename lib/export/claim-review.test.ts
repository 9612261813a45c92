import { describe, expect, it } from "vitest";
import { claimReviews } from "./claim-review";
import type { PublicStatement } from "./schema";

const site = { name: "Statement Tracker", url: "http://tracker.test/" };

function statement(overrides: Partial<PublicStatement> = {}): PublicStatement {
  return {
    id: 7,
    url: "http://tracker.test/statements/7",
    date: { start: "2024-11-01", end: "2024-11-30", precision: "MONTH", label: "Nov 2024" },
    kind: "QUOTE",
    text: "Text",
    context: "",
    language: "en",
    speaker: { slug: "a", name: "A Speaker", role: null, url: "http://tracker.test/speakers/a" },
    event: null,
    topics: [],
    links: [],
    claims: [
      { id: 1, text: "Supported claim", kind: "FACTUAL", value: null, unit: null, status: "SUPPORTED", note: "", evidenceUrl: null },
      { id: 2, text: "Open claim", kind: "FACTUAL", value: null, unit: null, status: "UNVERIFIED", note: "", evidenceUrl: null },
      {
        id: 3,
        text: "Disputed claim",
        kind: "FACTUAL",
        value: null,
        unit: null,
        status: "DISPUTED",
        note: "See the note",
        evidenceUrl: null,
      },
    ],
    sources: [
      {
        id: 1,
        title: "No URL",
        url: null,
        outlet: "",
        kind: "OTHER",
        publishedOn: null,
        page: null,
        timestamp: null,
        rendering: null,
        renderingFlags: [],
      },
    ],
    createdAt: "2024-12-01T00:00:00.000Z",
    updatedAt: "2024-12-02T00:00:00.000Z",
    ...overrides,
  };
}

describe("claimReviews", () => {
  it("reviews only claims with a verdict, rated 1 (false) to 3 (supported)", () => {
    const reviews = claimReviews(statement(), site);
    expect(reviews.map((r) => [r.claimReviewed, r.reviewRating.ratingValue, r.reviewRating.alternateName])).toEqual([
      ["Supported claim", 3, "Supported"],
      ["Disputed claim", 2, "Disputed"],
    ]);
    expect(reviews[1]!.reviewBody).toBe("See the note");
    expect(reviews[0]).not.toHaveProperty("reviewBody");
    expect(reviews[0]!["@id"]).toBe("http://tracker.test/statements/7#claim-1");
    expect(reviews[0]!.author).toEqual({ "@type": "Organization", ...site });
  });

  it("dates the claim only as precisely as the statement's date is known", () => {
    const dated = (date: PublicStatement["date"]) => claimReviews(statement({ date }), site)[0]!.itemReviewed.datePublished;
    expect(dated({ start: "2024-11-12", end: "2024-11-12", precision: "DAY", label: "" })).toBe("2024-11-12");
    expect(dated({ start: "2024-11-01", end: "2024-11-30", precision: "MONTH", label: "" })).toBe("2024-11");
    expect(dated({ start: "2024-01-01", end: "2024-12-31", precision: "YEAR", label: "" })).toBe("2024");
    expect(dated({ start: "2024-05-01", end: "2024-08-31", precision: "APPROXIMATE", label: "" })).toBeUndefined();
  });

  it("lists the permalink and the sources that have a web address as appearances", () => {
    const [review] = claimReviews(statement(), site);
    expect(review!.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", url: "http://tracker.test/statements/7", headline: "A Speaker, Nov 2024" },
    ]);
  });
});
