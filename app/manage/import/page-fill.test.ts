// A fetched page fills the import form: the text always, the source's details only where the
// analyst left them empty, the page's author into the source's notes.
import { describe, expect, it } from "vitest";
import { filledFromPage } from "./page-fill";

const page = {
  text: "“We will defend every inch,” Rutte said.",
  url: "https://news.example.test/rutte",
  title: "Rutte presses allies",
  outlet: "Example News",
  author: "Anna Berg",
  publishedOn: "2025-06-24",
  fetchedAt: new Date("2025-06-25T08:00:00Z"),
  sha256: "b".repeat(64),
};

describe("a fetched page on the import form", () => {
  it("fills title, outlet, date, address and author, with when and what was fetched", () => {
    expect(filledFromPage({ fetchUrl: page.url, "source.title": "", "source.notes": "" }, page)).toMatchObject({
      text: page.text,
      "source.url": page.url,
      "source.title": "Rutte presses allies",
      "source.outlet": "Example News",
      "source.publishedOn": "2025-06-24",
      "source.notes": "By Anna Berg",
      "source.fetchedAt": "2025-06-25T08:00:00.000Z",
      "source.fetchedSha256": page.sha256,
    });
  });

  it("keeps what the analyst typed, and fills nothing the page does not say", () => {
    const filled = filledFromPage(
      { "source.title": "My own title", "source.notes": "Checked by phone", "source.outlet": "" },
      { ...page, author: "", publishedOn: null, outlet: "" },
    );
    expect(filled["source.title"]).toBe("My own title");
    expect(filled["source.notes"]).toBe("Checked by phone");
    expect(filled["source.outlet"]).toBe("");
    expect(filled["source.publishedOn"]).toBeUndefined();
  });
});
