import { describe, expect, it } from "vitest";
import { normaliseUrl } from "./url";

describe("normaliseUrl", () => {
  it("lowercases the scheme and host but not the path", () => {
    expect(normaliseUrl("HTTPS://WWW.Example.COM/News/Article")).toBe("https://www.example.com/News/Article");
  });

  it("drops the fragment, the default port and surrounding spaces", () => {
    expect(normaliseUrl("  https://example.com:443/a#section-2 ")).toBe("https://example.com/a");
    expect(normaliseUrl("http://example.com:80/a")).toBe("http://example.com/a");
    expect(normaliseUrl("http://example.com:8080/a")).toBe("http://example.com:8080/a");
  });

  it("drops tracking parameters and keeps the others in order, as written", () => {
    expect(normaliseUrl("https://example.com/a?utm_source=x&id=5&UTM_Medium=y&fbclid=abc&page=2&gclid=1")).toBe(
      "https://example.com/a?id=5&page=2",
    );
    expect(normaliseUrl("https://example.com/a?q=a%2Fb&flag")).toBe("https://example.com/a?q=a%2Fb&flag");
    expect(normaliseUrl("https://example.com/a?utm_campaign=z")).toBe("https://example.com/a");
  });

  it("drops a trailing slash, including the root path", () => {
    expect(normaliseUrl("https://example.com/news/")).toBe("https://example.com/news");
    expect(normaliseUrl("https://example.com/")).toBe("https://example.com");
    expect(normaliseUrl("https://example.com")).toBe("https://example.com");
    expect(normaliseUrl("https://example.com/?id=1")).toBe("https://example.com?id=1");
  });

  it("gives the same answer when applied twice", () => {
    for (const raw of ["https://Example.com/a/?b=1&utm_x=2#c", "https://example.com/?q=%20x", "http://xn--bcher-kva.example/"]) {
      const once = normaliseUrl(raw)!;
      expect(normaliseUrl(once)).toBe(once);
    }
  });

  it("refuses anything that is not an http(s) address", () => {
    expect(normaliseUrl("ftp://example.com/file")).toBeNull();
    expect(normaliseUrl("javascript:alert(1)")).toBeNull();
    expect(normaliseUrl("example.com/article")).toBeNull();
    expect(normaliseUrl("https://user:secret@example.com/")).toBeNull();
    expect(normaliseUrl("")).toBeNull();
  });
});
