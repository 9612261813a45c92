import { expect, openFirstPermalink, test } from "./fixtures";

// Evidence that travels: "Cite this" and the share card on a permalink, the filtered feed link,
// and the embeddable card, each checked with axe.

const firstPermalink = (page: import("@playwright/test").Page) => openFirstPermalink(page, "/?speaker=mark-rutte&kind=quote");

test.describe("evidence that travels", () => {
  test("a permalink offers Cite this, with copyable citations that name the dataset revision", async ({ page, a11y }) => {
    const path = await firstPermalink(page);
    const cite = page.locator("details", { has: page.locator("summary", { hasText: "Cite this" }) });
    await cite.locator("summary").click();
    const bibtex = page.getByLabel("BibTeX");
    await expect(bibtex).toBeVisible();
    expect(await bibtex.inputValue()).toMatch(/^@misc\{statement-\d+,[\s\S]*version\s+= \{r\d+\}/);
    const csl = JSON.parse(await page.getByLabel("CSL-JSON").inputValue()) as { URL: string; type: string }[];
    expect(csl[0]!.URL.endsWith(path)).toBe(true);
    const download = await page.request.get(`${path}/cite/bib`);
    expect(download.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
  });

  test("a permalink's card tags point at a real 1200×630 PNG and its oEmbed description", async ({ page }) => {
    await firstPermalink(page);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    const png = await page.request.get(image!);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    const description = (await (await page.request.get(oembed!)).json()) as { type: string; html: string };
    expect(description.type).toBe("rich");
    expect(description.html).toContain("/embed/statements/");
  });

  test("a filtered timeline links its own Atom feed", async ({ page }) => {
    await page.goto("/?speaker=mark-rutte&kind=quote");
    const feed = page.getByRole("link", { name: "Atom feed" });
    await expect(feed).toHaveAttribute("href", "/feeds/statements.atom?speaker=mark-rutte&kind=quote");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      "href",
      /\/feeds\/statements\.atom\?speaker=mark-rutte&kind=quote$/,
    );
    const response = await page.request.get("/feeds/statements.atom?speaker=mark-rutte&kind=quote");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  });

  test("the embed card can be framed, passes axe, and other pages refuse to be framed", async ({ page, a11y }) => {
    const path = await firstPermalink(page);
    const id = path.split("/").at(-1)!;
    const response = await page.goto(`/embed/statements/${id}`);
    expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response!.headers()["x-frame-options"]).toBeUndefined();
    await expect(page.getByRole("blockquote")).toBeVisible();
    await a11y.check();
    const permalink = await page.request.get(path);
    expect(permalink.headers()["x-frame-options"]).toBe("SAMEORIGIN");
    expect(permalink.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");
    await page.emulateMedia({ colorScheme: "dark" });
    await a11y.check();
  });
});
