import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RenderingComparison } from "./rendering-comparison";

const transcript = "Russia is remaining, the most significant and direct threat to our Alliance.";

describe("RenderingComparison", () => {
  it("flags a wording that changes the meaning, with the words marked for sight and for screen readers", () => {
    const html = renderToStaticMarkup(
      <RenderingComparison
        canonical={transcript}
        rendering="Russia is and is remaining the most significant and dark threat to our alliance."
        headingId="r"
      />,
    );
    expect(html).toContain("changes the meaning");
    expect(html).toMatch(/<del[^>]*><span class="sr-only">\[said, not in this source: <\/span>direct/);
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">\[in this source instead: <\/span>dark/);
    expect(html).toContain("Has “dark” where the speaker said “direct”");
  });

  it("does not flag a wording that differs only in punctuation, case and quote marks", () => {
    const html = renderToStaticMarkup(
      <RenderingComparison
        canonical={transcript}
        rendering="“Russia is remaining the most significant and DIRECT threat to our alliance”"
        headingId="r"
      />,
    );
    expect(html).toContain("Worded as in the statement");
    expect(html).not.toContain("<del");
    expect(html).not.toContain("⚠");
  });

  it("escapes what a source's wording contains", () => {
    const html = renderToStaticMarkup(
      <RenderingComparison canonical={transcript} rendering={`<script>alert(1)</script> ${transcript}`} headingId="r" />,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
