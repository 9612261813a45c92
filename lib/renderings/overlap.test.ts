import { describe, expect, it } from "vitest";
import { isLikelySameUtterance, wordOverlap } from "./overlap";

const TRANSCRIPT =
  "Let's not forget that Russia is remaining, the most significant and direct threat to our Alliance. Let's not forget that Russia is moving into a wartime economy.";

describe("wordOverlap", () => {
  it("scores a report of the same words with one word changed as the same utterance", () => {
    const report = "Let’s not forget that Russia is remaining the most significant and dark threat to our alliance.";
    expect(wordOverlap(TRANSCRIPT, report)).toBeGreaterThan(0.9);
    expect(isLikelySameUtterance(TRANSCRIPT, report)).toBe(true);
  });

  it("does not take other words by the same speaker for the same utterance", () => {
    expect(
      isLikelySameUtterance(TRANSCRIPT, "Allies must spend far more on defence, and they must do it now, before it is too late."),
    ).toBe(false);
  });

  it("leaves texts of a few words out: too few to tell", () => {
    expect(wordOverlap("direct threat", "the direct threat")).toBe(0);
  });
});
