import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildAnchor } from "@/lib/import/anchor";
import { SourceProvenance } from "./source-provenance";

const snapshot =
  "Reporters gathered in Warsaw. Rutte said: “Russia remains the most significant and direct threat to this Alliance.” Then he left.";
const quote = "Russia remains the most significant and direct threat to this Alliance.";
const start = snapshot.indexOf(quote);
const anchor = buildAnchor(snapshot, start, start + quote.length);

const source = {
  id: 1,
  title: "Transcript",
  url: null,
  outlet: "",
  kind: "OFFICIAL_TRANSCRIPT" as const,
  publishedOn: null,
  retrievedOn: null,
  snapshotText: snapshot,
  page: null,
  timestamp: null,
  quoteStart: anchor.start,
  quoteEnd: anchor.end,
  anchorExact: anchor.exact,
  anchorPrefix: anchor.prefix,
  anchorSuffix: anchor.suffix,
  rendering: null,
};

describe("SourceProvenance", () => {
  it("marks a quote that matches its source and highlights it in context", () => {
    const html = renderToStaticMarkup(<SourceProvenance source={source} statement={{ kind: "QUOTE", text: quote }} />);
    expect(html).toContain("Matches the source");
    expect(html).toContain(`<mark class="rounded-sm bg-yellow-200 px-0.5 text-stone-900 dark:bg-yellow-300">${quote}</mark>`);
    expect(html).toContain("Reporters gathered in Warsaw.");
  });

  it("shows how an edited quote differs from the source", () => {
    const edited = quote.replace("direct", "dark");
    const html = renderToStaticMarkup(<SourceProvenance source={source} statement={{ kind: "QUOTE", text: edited }} />);
    expect(html).toContain("Differs from the source");
    expect(html).toMatch(/<del[^>]*>direct/);
    expect(html).toMatch(/<ins[^>]*>dark/);
  });

  it("checks a source's own wording, not the statement's, against its text", () => {
    const reported = "Russia remains the most significant and dark threat to this Alliance.";
    const report = `Rutte said: “${reported}”`;
    const at = report.indexOf(reported);
    const own = buildAnchor(report, at, at + reported.length);
    const reportSource = {
      ...source,
      snapshotText: report,
      quoteStart: own.start,
      quoteEnd: own.end,
      anchorExact: own.exact,
      anchorPrefix: own.prefix,
      anchorSuffix: own.suffix,
      rendering: reported,
    };
    const html = renderToStaticMarkup(<SourceProvenance source={reportSource} statement={{ kind: "QUOTE", text: quote }} />);
    expect(html).toContain("This wording matches the source word for word");
    expect(html).not.toContain("Differs");
  });

  it("says nothing without a stored source text", () => {
    expect(
      renderToStaticMarkup(<SourceProvenance source={{ ...source, snapshotText: null }} statement={{ kind: "QUOTE", text: quote }} />),
    ).toBe("");
  });
});
