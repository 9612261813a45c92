import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText, looksLikeHtml } from "./html";

describe("htmlToText", () => {
  it("keeps paragraphs and headings, drops head, scripts, styles and navigation", () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Headline</h1>
      <p>First   paragraph
         over two lines.</p>
      <script>document.write("“not text”")</script>
      <p>Second <b>bold</b> and <i>italic</i>.</p>
      <footer>Footer</footer>
    </body></html>`;
    expect(htmlToText(html)).toBe("Headline\n\nFirst paragraph over two lines.\n\nSecond bold and italic.\n\nFooter");
  });

  it("turns <br> into a line break and list items into lines", () => {
    expect(htmlToText("<p>One<br>Two<br/>Three</p><ul><li>a</li><li>b</li></ul>")).toBe("One\nTwo\nThree\n\n- a\n\n- b");
  });

  it("decodes named, decimal and hex references, and C1 numbers as Windows-1252", () => {
    expect(htmlToText("<p>&ldquo;Caf&eacute;&rdquo; &amp; &#8220;x&#x201D; &#150; &nbsp;&hellip;</p>")).toBe("“Café” & “x” – …");
  });

  it("keeps preformatted text as it is", () => {
    expect(htmlToText("<pre>a   b\n  c</pre>")).toBe("a   b\n  c");
  });

  it("survives malformed markup", () => {
    expect(htmlToText("<p>Unclosed <b>bold <i>and <p>next")).toBe("Unclosed bold and\n\nnext");
    expect(htmlToText("a < b and c<d> e")).toBe("a < b and c e");
    expect(htmlToText("<p>before<!-- never closed")).toBe("before");
    expect(htmlToText("<p>text</p><script>never closed")).toBe("text");
    expect(htmlToText("<p>keep</p><nav>no closing nav tag <p>still kept")).toBe("keep\n\nno closing nav tag\n\nstill kept");
    expect(htmlToText("<p title='a > b'>attr</p>")).toBe("attr");
    expect(htmlToText('<p>broken <a href="x')).toBe('broken <a href="x');
    expect(htmlToText("")).toBe("");
  });

  it("skips nested skipped elements whole", () => {
    expect(htmlToText("<p>a</p><svg><g><svg>x</svg>y</g></svg><p>b</p>")).toBe("a\n\nb");
  });

  it("drops noscript and template content and a head closed only by <body>", () => {
    expect(
      htmlToText(
        "<html><head><title>T</title><meta charset=utf-8><body><noscript>Enable JS</noscript><template><p>tpl</p></template><p>Caf&eacute; &amp; <b>bar</b></p>",
      ),
    ).toBe("Café & bar");
  });

  it("reads deeply nested unclosed tags (a 2 MB upload; scripts/bench-extract.ts times it)", () => {
    expect(htmlToText("<div>x".repeat(400_000))).toMatch(/^x\n\nx\n\n/);
    expect(htmlToText("<b>y".repeat(500_000))).toHaveLength(500_000);
  });

  it("keeps CDATA text", () => {
    expect(htmlToText("<p><![CDATA[raw < text]]></p>")).toBe("raw < text");
  });
});

describe("decodeEntities", () => {
  it("leaves unknown references alone and decodes legacy ones without a semicolon", () => {
    expect(decodeEntities("&bogus; &amp &copy 5 &lt 6 &eacute &#0; &#xD800;")).toBe("&bogus; & © 5 < 6 &eacute \ufffd \ufffd");
  });
});

describe("looksLikeHtml", () => {
  it("recognises documents and fragments, not prose with a stray tag", () => {
    expect(looksLikeHtml("<!doctype html><p>x")).toBe(true);
    expect(looksLikeHtml("<p>One</p><p>Two</p><br>")).toBe(true);
    expect(looksLikeHtml("He said a < b, and <b> is bold.")).toBe(false);
  });
});
