import { describe, expect, it } from "vitest";
import { demoData } from "./data";

// Readers judge the product by its demo data: every statement cites a source a reader can open,
// quotes are whole sentences, and no text talks about the data set itself.
describe("the demo data", () => {
  it("cites for every statement a source with its address and outlet", () => {
    for (const source of demoData.sources) {
      expect(source.url, source.key).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}\//);
      expect(source.outlet, source.key).not.toBe("");
      expect(source.outlet.toLowerCase(), source.key).not.toContain("unattributed");
    }
    const keys = new Set(demoData.sources.map((s) => s.key));
    for (const statement of demoData.statements) {
      expect(statement.sources.length, statement.text).toBeGreaterThan(0);
      for (const link of statement.sources) expect(keys.has(link.source), link.source).toBe(true);
    }
  });

  it("gives quotes as whole sentences", () => {
    const quotes = demoData.statements.filter((s) => s.kind === "QUOTE");
    expect(quotes.length).toBeGreaterThan(20);
    for (const quote of quotes) {
      expect(quote.text, quote.text).toMatch(/^[A-Z]/);
      expect(quote.text, quote.text).toMatch(/[.!?]$/);
    }
  });

  it("links statements only to earlier keyed statements, each key once", () => {
    const keyed = demoData.statements.filter((s) => s.key);
    expect(new Set(keyed.map((s) => s.key)).size).toBe(keyed.length);
    const byKey = new Map(keyed.map((s) => [s.key, s]));
    const links = demoData.statements.flatMap((s) => (s.links ?? []).map((link) => ({ from: s, link })));
    expect(links.length).toBeGreaterThan(0);
    for (const { from, link } of links) {
      const to = byKey.get(link.to);
      expect(to, link.to).toBeDefined();
      expect(to!.dateEnd <= from.dateStart || to!.dateStart < from.dateStart, link.to).toBe(true);
      expect(link.note, link.to).not.toBe("");
    }
  });

  it("never speaks of how it was made", () => {
    const texts = [
      ...demoData.sources.flatMap((s) => [s.title, s.outlet, s.notes]),
      ...demoData.events.map((e) => e.name),
      ...demoData.statements.flatMap((s) => [
        s.text,
        s.context,
        ...s.claims.flatMap((c) => [c.text, c.note ?? ""]),
        ...(s.links ?? []).map((l) => l.note),
      ]),
    ];
    for (const text of texts) expect(text, text).not.toMatch(/\b(demo|seed|sample|fictional|invented|made up|placeholder|unattributed)\b/i);
  });
});
