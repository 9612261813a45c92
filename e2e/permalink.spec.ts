import { expect, openFirstPermalink, test } from "./fixtures";

test.describe("statement permalink", () => {
  test("carries schema.org JSON-LD that parses, with a Quotation and its claims", async ({ page }) => {
    await openFirstPermalink(page, "/?kind=quote&claims=with");
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const doc = JSON.parse(raw ?? "") as {
      "@context": string;
      "@graph": { "@type": string; text?: string; spokenByCharacter?: { name: string } }[];
    };
    expect(doc["@context"]).toBe("https://schema.org");
    const quotation = doc["@graph"].find((node) => node["@type"] === "Quotation");
    expect(quotation?.spokenByCharacter?.name).toBeTruthy();
    expect(await page.locator("blockquote").first().textContent()).toContain(quotation?.text?.slice(0, 20) ?? "");
    expect(doc["@graph"].filter((node) => node["@type"] === "Claim").length).toBeGreaterThan(0);
  });

  test("shows the same speaker's statements on the same topics before and after", async ({ page, a11y }) => {
    // Rutte in Paris (12 Nov 2024) spoke on topics he also addressed before and after.
    await openFirstPermalink(page, "/?speaker=mark-rutte&from=2024-11-12&to=2024-11-12&kind=quote");
    const neighbours = page.getByRole("region", { name: /on the same topics, before and after/ });
    await expect(neighbours).toBeVisible();
    await expect(neighbours.getByText("Just before")).toBeVisible();
    await a11y.check();
  });
});
