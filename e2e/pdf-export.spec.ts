import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { pdfText, saveWithPreview, squashWhitespace } from "../lib/pdf/testing/pdf-text";
import { expect, test } from "./fixtures";

const VIEW = "/topics/defence-spending?speaker=mark-rutte&kind=paraphrase";
const EXCLUDED_QUOTE = "boosting defence spending is essential";
const REPORTS = path.join(process.cwd(), "reports", "e2e");

/** The date and text of each statement the topic view lists. */
async function listedStatements(page: Page): Promise<{ date: string; text: string }[]> {
  const cards = page.locator("section[aria-labelledby='statements-heading'] article");
  await expect(cards.first()).toBeVisible();
  return cards.evaluateAll((articles) =>
    articles.map((article) => ({
      date: article.querySelector("time")?.textContent?.trim() ?? "",
      text: (article.querySelector("[lang] p:last-of-type")?.textContent ?? "").replace(/^“|”$/g, "").trim(),
    })),
  );
}

test.describe("PDF export of a topic view", () => {
  test("downloads the filtered view as a PDF holding its statements and no others", async ({ page }) => {
    await page.goto(VIEW, { waitUntil: "networkidle" }); // hydrated: the button fetches the PDF itself
    const statements = await listedStatements(page);
    expect(statements.length).toBeGreaterThanOrEqual(3);

    const exportLink = page.getByRole("link", { name: "Export PDF" });
    await expect(exportLink).toHaveAttribute("href", "/topics/defence-spending/export.pdf?speaker=mark-rutte&kind=paraphrase");
    const downloading = page.waitForEvent("download");
    await exportLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^defence-spending_mark-rutte_\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(page.locator("#pdf-export-status")).toContainText(`Downloaded ${download.suggestedFilename()}`);

    const pdf = new Uint8Array(readFileSync(await download.path()));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const { pngFile } = await saveWithPreview(pdf, REPORTS, "filtered-topic-view");
    if (pngFile) console.log(`Page 1 of the downloaded PDF: ${path.relative(process.cwd(), pngFile)}`);

    const { body } = await pdfText(pdf);
    expect(body).toContain("Defence spending");
    expect(body).toContain("Paraphrases only");
    for (const statement of statements) {
      expect(body).toContain(statement.date);
      expect(body).toContain(squashWhitespace(statement.text));
    }
    expect(body).not.toContain(EXCLUDED_QUOTE);
  });

  test("shows a clear message when the PDF cannot be made", async ({ page }) => {
    await page.route("**/export.pdf?**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "text/plain; charset=utf-8",
        headers: { "Retry-After": "15" },
        body: "The server is busy making other PDFs. Please try again in 15 seconds.",
      }),
    );
    await page.goto(VIEW, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Export PDF" }).click();
    await expect(page.locator("#pdf-export-status").getByRole("alert")).toHaveText(
      "The server is busy making other PDFs. Please try again in 15 seconds.",
    );
    await expect(page.getByRole("link", { name: "Export PDF" })).toBeVisible();
  });

  test("still downloads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(VIEW);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export PDF" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^defence-spending_mark-rutte_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await context.close();
  });
});
