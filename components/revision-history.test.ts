import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RevisionEntry } from "@/lib/revisions/queries";
import { RevisionHistory } from "./revision-history";

const at = new Date(2025, 5, 25, 14, 30);
const render = (entries: RevisionEntry[]) =>
  renderToStaticMarkup(
    createElement(RevisionHistory, { entries, labels: { fields: { kind: "Kind" }, values: { kind: { VIDEO: "Video" } } } }),
  );

describe("RevisionHistory", () => {
  it("shows who changed which field from what to what, with labels for fields and values", () => {
    const html = render([
      {
        id: 2,
        action: "UPDATE",
        at,
        actor: "Ana",
        changes: { kind: { before: "VIDEO", after: "OTHER" }, publishedOn: { before: null, after: "2025-06-01" } },
      },
    ]);
    expect(html).toContain("Edited</span> by Ana");
    expect(html).toContain("25 Jun 2025, 14:30");
    expect(html).toMatch(/Kind<\/dt>.*<del[^>]*><span[^>]*>Video<\/span><\/del>.*<ins[^>]*><span[^>]*>OTHER<\/span>/);
    expect(html).toContain("Published on");
    expect(html).toContain(">empty<");
  });

  it("cuts long values short with the whole text in a details element", () => {
    const long = `${"word ".repeat(60)}END`;
    const html = render([
      {
        id: 1,
        action: "CREATE",
        at,
        actor: "Ana",
        changes: { snapshotText: { before: null, after: long }, notes: { before: null, after: "" } },
      },
    ]);
    expect(html).toContain("<details");
    expect(html).toContain("show all 303 characters");
    expect(html).toContain("END</p>");
    expect(html).not.toContain("Notes"); // blank fields of a creation say nothing
  });

  it("lists deletes and restores without field noise, and says when there is no history", () => {
    const html = render([
      { id: 3, action: "DELETE", at, actor: "System", changes: { deletedAt: { before: null, after: at.toISOString() } } },
    ]);
    expect(html).toContain("Deleted</span> by System");
    expect(html).not.toContain("<dl");
    expect(render([])).toContain("No recorded changes yet.");
  });
});
