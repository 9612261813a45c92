import { describe, expect, it } from "vitest";
import { buildAnchor, locateAnchor, sourceQuoteText, verifyQuote } from "./anchor";

const snapshot =
  "Rising tensions.\n“Let’s not forget that Russia is the most significant and dark threat to our alliance,” Rutte said.\n" +
  "“We must act,” Rutte said, “and we must act now.”\nLater he left.";

const quoteStart = snapshot.indexOf("Let’s");
const quoteEnd = snapshot.indexOf(",” Rutte");
const quote = snapshot.slice(quoteStart, quoteEnd);

describe("buildAnchor", () => {
  it("keeps the exact text, context either side and offsets", () => {
    const anchor = buildAnchor(snapshot, quoteStart, quoteEnd, 10);
    expect(anchor).toEqual({ exact: quote, prefix: "ensions.\n“", suffix: ",” Rutte s", start: quoteStart, end: quoteEnd });
    expect(buildAnchor("short", 0, 5)).toEqual({ exact: "short", prefix: "", suffix: "", start: 0, end: 5 });
  });
});

describe("locateAnchor", () => {
  const anchor = buildAnchor(snapshot, quoteStart, quoteEnd);

  it("finds the quote at its offsets, or where it moved to", () => {
    expect(locateAnchor(snapshot, anchor)).toEqual({ start: quoteStart, end: quoteEnd });
    const moved = "A new first line.\n" + snapshot;
    expect(locateAnchor(moved, anchor)).toEqual({ start: quoteStart + 18, end: quoteEnd + 18 });
  });

  it("picks the occurrence whose context agrees when the words occur twice", () => {
    const twice = "“We must act,” Tusk said.\n" + snapshot;
    const second = snapshot.indexOf("We must act");
    const anchorTwice = buildAnchor(snapshot, second, second + "We must act".length);
    const found = locateAnchor(twice, { ...anchorTwice, start: 0, end: 11 });
    expect(found?.start).toBe(twice.indexOf("We must act", 10));
  });

  it("finds the quote when whitespace or quote marks changed, and gives up when it is gone", () => {
    const retyped = snapshot.replace("Let’s not forget", "Let's  not\nforget");
    const found = locateAnchor(retyped, anchor)!;
    expect(retyped.slice(found.start, found.end)).toBe(
      "Let's  not\nforget that Russia is the most significant and dark threat to our alliance",
    );
    expect(locateAnchor("Nothing like it.", anchor)).toBeNull();
  });
});

describe("sourceQuoteText", () => {
  it("leaves out the attribution inside an interrupted quote", () => {
    const start = snapshot.indexOf("We must act");
    const end = snapshot.indexOf("now.") + 4;
    expect(sourceQuoteText(snapshot, { start, end })).toBe("We must act, and we must act now.");
    expect(sourceQuoteText(snapshot, { start: quoteStart, end: quoteEnd })).toBe(quote);
  });
});

describe("verifyQuote", () => {
  const anchor = buildAnchor(snapshot, quoteStart, quoteEnd);

  it("matches when the statement is the source's words (typography and a trailing comma aside)", () => {
    const result = verifyQuote(snapshot, anchor, quote.replace("’", "'") + ",");
    expect(result).toMatchObject({ status: "matches", relocated: false, range: { start: quoteStart, end: quoteEnd } });
    expect(result.reason).toBeUndefined();
  });

  it("differs when the statement was edited after import, and shows the words", () => {
    const edited = quote.replace("dark", "direct");
    const result = verifyQuote(snapshot, anchor, edited);
    expect(result.status).toBe("differs");
    expect(result.reason).toBe("edited");
    expect(result.diff.filter((op) => op.op !== "equal")).toEqual([
      { op: "delete", text: "dark" },
      { op: "insert", text: "direct" },
    ]);
  });

  it("verifies an interrupted quote against its joined parts", () => {
    const start = snapshot.indexOf("We must act");
    const end = snapshot.indexOf("now.") + 4;
    expect(verifyQuote(snapshot, buildAnchor(snapshot, start, end), "We must act, and we must act now.").status).toBe("matches");
  });

  it("checks a quote typed by hand against the snapshot", () => {
    expect(verifyQuote(snapshot, null, "We must act")).toMatchObject({ status: "matches", relocated: false });
    const typed = verifyQuote(snapshot, null, "We must act, and we must act today.");
    expect(typed).toMatchObject({ status: "differs", reason: "not-in-source", sourceText: "We must act, and we must act now." });
    expect(typed.diff.filter((op) => op.op !== "equal")).toEqual([
      { op: "delete", text: "now." },
      { op: "insert", text: "today." },
    ]);
    expect(verifyQuote(snapshot, null, "Completely unrelated words here")).toMatchObject({
      status: "differs",
      reason: "not-in-source",
      range: null,
    });
  });

  it("relocates a stale anchor and still verifies", () => {
    const moved = "Update: corrected.\n" + snapshot;
    const result = verifyQuote(moved, anchor, quote);
    expect(result).toMatchObject({ status: "matches", relocated: true });
    expect(moved.slice(result.range!.start, result.range!.end)).toBe(quote);
  });
});
