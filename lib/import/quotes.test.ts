import { describe, expect, it } from "vitest";
import { joinSegments, scanQuotes } from "./quotes";

/** The quoted text of every quotation found, segments joined. */
function quotes(text: string): string[] {
  return scanQuotes(text).spans.map((span) => joinSegments(text, span.segments));
}

describe("scanQuotes: quote marks", () => {
  it("finds curly, straight, single, guillemet and low-high quotes", () => {
    expect(quotes("“Curly double,” he said.")).toEqual(["Curly double,"]);
    expect(quotes('"Straight double," he said.')).toEqual(["Straight double,"]);
    expect(quotes("‘Curly single,’ he said.")).toEqual(["Curly single,"]);
    expect(quotes("'Straight single,' he said.")).toEqual(["Straight single,"]);
    expect(quotes("«Guillemets», he said.")).toEqual(["Guillemets"]);
    expect(quotes("„German style“, he said.")).toEqual(["German style"]);
    expect(quotes("„Polish style”, he said.")).toEqual(["Polish style"]);
  });

  it("pairs quotes that open and close with the same curly mark", () => {
    const text = "He mentions, “I need to chair the alliance.“ Such words matter. His “making sure that we do the max“ in aid.";
    expect(quotes(text)).toEqual(["I need to chair the alliance.", "making sure that we do the max"]);
  });

  it("closes a quote with “ even without a space after it", () => {
    expect(quotes("He said “We act.“Then he left.")).toEqual(["We act."]);
  });

  it("does not take apostrophes for quote marks", () => {
    expect(quotes("Rutte’s view: it’s the allies’ turn, don't wait, rock 'n' roll since the '90s.")).toEqual([]);
    expect(quotes("“Let’s not forget Russia’s economy,” Rutte said.")).toEqual(["Let’s not forget Russia’s economy,"]);
  });

  it("does not close a single quote at a plural possessive when a real closer follows", () => {
    expect(quotes("‘The allies’ shared stockpiles are thin,’ she said.")).toEqual(["The allies’ shared stockpiles are thin,"]);
  });

  it("keeps a quotation inside a quotation as part of it", () => {
    expect(quotes("“When Moscow says ‘provocation’, it means nothing,” she said.")).toEqual([
      "When Moscow says ‘provocation’, it means nothing,",
    ]);
    expect(quotes("‘He called it “a disgrace”,’ she said.")).toEqual(["He called it “a disgrace”,"]);
  });
});

describe("scanQuotes: paragraphs and stray marks", () => {
  it("continues a quote into the next paragraph when that paragraph reopens with a quote mark", () => {
    const text = "“First paragraph of the quote.\n“Second paragraph,” she said.\nNext paragraph.";
    const { spans } = scanQuotes(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.segments.map((s) => text.slice(s.start, s.end))).toEqual(["First paragraph of the quote.", "Second paragraph,"]);
    expect(joinSegments(text, spans[0]!.segments)).toBe("First paragraph of the quote.\n\nSecond paragraph,");
  });

  it("does not let an unclosed opener swallow the paragraphs after it", () => {
    const text = "A stray “opener with no end.\nNext paragraph: “A real quote,” he said.";
    const { spans, warnings } = scanQuotes(text);
    expect(spans.map((s) => joinSegments(text, s.segments))).toEqual(["A real quote,"]);
    expect(warnings).toEqual(["1 quotation mark was never closed and was ignored."]);
  });

  it("continues a quote into a next paragraph that does not reopen but only closes (“…¶…,” said X)", () => {
    const text = "“I am disappointed. We tried hard.\nI was elected to lead,” said Mayor Holt.\nNext paragraph.";
    const { spans } = scanQuotes(text);
    expect(spans.map((s) => joinSegments(text, s.segments))).toEqual(["I am disappointed. We tried hard.\n\nI was elected to lead,"]);
  });

  it("closes a quote introduced by “said:” at the end of a text that stops inside it, and only that", () => {
    expect(quotes("The editor said: “We always ask for comment.")).toEqual(["We always ask for comment."]);
    expect(quotes("A stray “opener in the last line.")).toEqual([]);
  });

  it("does not close a statement run on over paragraphs at a plural possessive when the next paragraph only closes it", () => {
    const text =
      "The aide read the statement;\n'I am glad the Jones family is safe.\nThe Joneses' ordeal is over.\nI thank our staff.'\nThe aide left.";
    expect(quotes(text)).toEqual(["I am glad the Jones family is safe.\n\nThe Joneses' ordeal is over.\n\nI thank our staff."]);
  });

  it("closes a quote a colon introduces, left open, at its paragraph's end when the next paragraph quotes anew", () => {
    const text = "The clerk snapped: “You never read the minutes. Read them.\nChair Ann Holt: “We should move on.”\nThe end.";
    expect(quotes(text)).toEqual(["You never read the minutes. Read them.", "We should move on."]);
    // Without a colon, or when the next paragraph has no quotation of its own, the opener stays unpaired.
    expect(quotes(text.replace("snapped:", "snapped"))).toEqual(["We should move on."]);
    expect(quotes("The clerk snapped: “You never read the minutes.\nThe chair moved on.\nThe end.")).toEqual([]);
  });

  it("closes a quote opening the last paragraph that the text ends inside, and an empty one not at all", () => {
    expect(quotes("“It was fine,” she said.\n“It was not fine at all. Who")).toEqual(["It was fine,", "It was not fine at all. Who"]);
    expect(quotes("Intro.\n“")).toEqual([]);
  });

  it("keeps a quotation nested in the same straight marks inside the outer one", () => {
    expect(quotes('He said: "No. You are using words like "knock down." There was a story, no, no." Then he left.')).toEqual([
      'No. You are using words like "knock down." There was a story, no, no.',
    ]);
  });

  it("drops a second opener's predecessor and keeps scanning", () => {
    expect(quotes("One “stray and then “a real one” here.")).toEqual(["a real one"]);
  });

  it("runs over line breaks inside a hard-wrapped paragraph", () => {
    const line = "An ordinary line of text that is wrapped at seventy";
    const text = `${line}\n${line}\n"A quote that runs over\nthe line break," he said\n${line}.\n\n${line}\n${line}.`;
    expect(quotes(text)).toEqual(["A quote that runs over\nthe line break,"]);
  });

  it("skips marks inside excluded ranges (transcript turns)", () => {
    const text = "Q: “inside a turn” here.\n“Outside,” he said.";
    expect(scanQuotes(text, undefined, [{ start: 0, end: 24 }]).spans).toHaveLength(1);
  });

  it("never throws on marks alone", () => {
    for (const text of ['"', "“”", "''''", "« »", "„", '" " " "', "’’’"]) expect(() => scanQuotes(text)).not.toThrow();
  });
});

describe("joinSegments", () => {
  it("joins an interrupted quote with one space", () => {
    const text = "“We must act,” Rutte said, “and act now.”";
    const segments = [
      { start: 1, end: 13 },
      { start: text.indexOf("and"), end: text.length - 1 },
    ];
    expect(joinSegments(text, segments)).toBe("We must act, and act now.");
  });
});
