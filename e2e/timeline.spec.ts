import { expect, test } from "./fixtures";

test.describe("timeline filters", () => {
  // Applying the filters moves focus to the results heading; a mouse click on a chip then takes
  // the focus away, and must still land on the chip (nothing may move under the pointer).
  test("filter by topic, date and text; the URL reproduces the view; back works", async ({ page, a11y }) => {
    await page.goto("/");
    const total = Number(
      (
        await page
          .getByText(/^\d+ statements/)
          .first()
          .textContent()
      )?.match(/\d+/)?.[0],
    );

    const filters = page.getByRole("search", { name: "Filter statements" });
    await filters.getByRole("checkbox", { name: /^Defence spending/ }).check();
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/topic=defence-spending/);
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Topic: Defence spending");
    const byTopic = Number((await page.getByText(/^\d+ statements? match/).textContent())?.match(/\d+/)?.[0]);
    expect(byTopic).toBeGreaterThan(0);
    expect(byTopic).toBeLessThan(total);

    await filters.getByLabel("From").fill("2025-06-01");
    await filters.getByLabel("Until").fill("2025-06-30");
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/from=2025-06-01/);
    const cards = page.locator("main article");
    for (const label of await cards.locator("time").allTextContents()) expect(label).toMatch(/Jun 2025|2025/);

    await filters.getByLabel("Search").fill("defence");
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/q=defence/);
    await expect(page.locator("main mark").first()).toBeVisible();
    await a11y.check();

    // The copied URL shows the same statements in a fresh page.
    const url = page.url();
    const ids = await cards.getByRole("link", { name: /Permalink/ }).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const other = await page.context().newPage();
    await other.goto(url);
    expect(
      await other
        .locator("main article")
        .getByRole("link", { name: /Permalink/ })
        .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).toEqual(ids);
    await other.close();

    // Removing a chip drops one filter; back returns to the previous view.
    await page.getByRole("link", { name: /Text: “defence”/ }).click();
    await expect(page).not.toHaveURL(/q=defence/);
    await page.goBack();
    await expect(page).toHaveURL(/q=defence/);
  });

  test("a search with odd input never fails and explains empty results", async ({ page }) => {
    for (const q of ['"unclosed', "NEAR(a", "()*", "Путин OR Łódź", "' OR 1=1 --", "x".repeat(400)]) {
      const response = await page.goto(`/?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
    }
    await page.goto("/?q=zzzzunmatchable&topic=defence-spending");
    await expect(page.getByText("No results.")).toBeVisible();
    await expect(page.getByRole("link", { name: /without Text: “zzzzunmatchable”/ })).toBeVisible();
  });

  test("filters work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const filters = page.getByRole("search", { name: "Filter statements" });
    await filters.getByRole("radio", { name: /Verbatim quotes/ }).check();
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/kind=quote/);
    await expect(page.locator("main article").first().locator("blockquote")).toBeVisible();
    expect(await page.locator("main article").filter({ hasText: "Paraphrase" }).count()).toBe(0);
    await context.close();
  });

  test("long facet lists show their top values and expand in full on request", async ({ page, a11y }) => {
    await page.goto("/");
    const filters = page.getByRole("search", { name: "Filter statements" });
    const topics = filters.getByRole("group", { name: "Topics" });
    expect(await topics.getByRole("checkbox").count()).toBe(8);
    const showAll = topics.getByRole("link", { name: /^Show all \d+ topics$/ });
    const total = Number((await showAll.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(8);
    await showAll.click();
    await expect(page).toHaveURL(/more=topic/);
    await expect(topics.getByRole("checkbox")).toHaveCount(total);
    await a11y.check();

    // A topic that was folded away can now be chosen; applying the filters keeps it checked.
    const last = topics.getByRole("checkbox").last();
    const name = (await last.evaluate((box) => (box as HTMLInputElement).value)) as string;
    await last.check();
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(new RegExp(`topic=${name}`));
    await expect(topics.getByRole("checkbox", { checked: true })).toHaveCount(1);
    await topics.getByRole("link", { name: /^Show all \d+ topics$/ }).click();
    await expect(topics.getByRole("link", { name: "Show the top 8 topics" })).toBeVisible();
  });

  test("at phone width the filters open from a disclosure and still apply", async ({ page, a11y }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    const filters = page.getByRole("search", { name: "Filter statements" });
    await expect(filters.getByRole("button", { name: "Apply filters" }).first()).toBeHidden();
    await page.getByText("Filters", { exact: true }).click();
    await filters.getByRole("radio", { name: /Verbatim quotes/ }).check();
    await filters.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/kind=quote/);
    await expect(page.getByText("Filters (1 active)")).toBeVisible();
    await a11y.fitsWidth();
    await a11y.check();
  });

  test("clicking a month in the strip narrows the date range", async ({ page }) => {
    await page.goto("/");
    const bar = page.getByRole("link", { name: /^Nov 2024: \d+ statements?/ });
    const inMonth = Number((await bar.textContent())?.match(/: (\d+)/)?.[1]);
    await bar.click();
    await expect(page).toHaveURL(/from=2024-11-01&to=2024-11-30/);
    // The strip counts by an interval's middle day; the list also shows vaguer dates overlapping the month.
    const labels = await page.locator("main article time").allTextContents();
    expect(labels.filter((l) => /Nov 2024$/.test(l)).length).toBeGreaterThanOrEqual(Math.min(inMonth, 1));
    expect(labels.length).toBeGreaterThanOrEqual(inMonth);
  });
});

test.describe("topic and speaker views", () => {
  // A change mark is a real link: its label above the plot, clear of the dots.
  test("the topic chart marks change points that link to their statements", async ({ page, a11y }) => {
    await page.goto("/topics/defence-spending");
    await expect(page.getByText("Stances are measured against:")).toBeVisible();
    await expect(page.getByTestId("position-headline")).toHaveText(
      "For since Oct 2024; hardened to Strongly for c. early 2025; no reversal.",
    );
    // The chart's marks and its text equivalent both link each change; follow a visible one.
    const changes = page.getByRole("link", { name: /^Hardened to Strongly for, / }).filter({ visible: true });
    expect(await changes.count()).toBeGreaterThan(0);
    await changes.first().click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/topics\/defence-spending$/);
    await expect(page.getByText("Stances are measured against:")).toBeVisible();
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
  });

  test("topics index and speaker page", async ({ page, a11y }) => {
    await page.goto("/topics");
    await expect(page.getByRole("link", { name: "Defence spending", exact: true })).toBeVisible();
    await a11y.check();
    await page.goto("/speakers/mark-rutte");
    await expect(page.getByRole("heading", { name: "Roles over time" })).toBeVisible();
    await expect(page.getByText("Prime Minister of the Netherlands")).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Defence spending");
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
  });
});
