import { describe, expect, it } from "vitest";
import { quoteInContext } from "./context";

describe("quoteInContext", () => {
  const text = "The minister spoke first. Then Rutte said: “We must do more.” Reporters asked about spending.";
  const start = text.indexOf("We must");
  const end = start + "We must do more.".length;

  it("returns the quote with its surroundings", () => {
    expect(quoteInContext(text, start, end)).toEqual({
      before: text.slice(0, start),
      quote: "We must do more.",
      after: text.slice(end),
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it("cuts long surroundings at word boundaries", () => {
    const context = quoteInContext(text, start, end, 12)!;
    expect(context.quote).toBe("We must do more.");
    expect(context.truncatedBefore).toBe(true);
    expect(context.before.startsWith(" ")).toBe(false);
    expect(context.truncatedAfter).toBe(true);
  });

  it("rejects offsets outside the text", () => {
    expect(quoteInContext(text, -1, 4)).toBeNull();
    expect(quoteInContext(text, 5, 5)).toBeNull();
    expect(quoteInContext(text, 5, text.length + 1)).toBeNull();
  });
});
