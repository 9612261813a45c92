// One utterance, several renderings: a news report's wording of a transcript's words is shown word
// by word against the statement's text on the permalink, and a change of meaning is flagged.
import type { Page } from "@playwright/test";
import { expect, openFirstPermalink, test } from "./fixtures";

/** The Warsaw statement, found by the report's title: its statement is the transcript's words. */
const openWarsawPermalink = (page: Page) => openFirstPermalink(page, "/?q=%22dark+threat%22");

test.describe("renderings on the permalink", () => {
  test("flags the report that prints “dark threat” where the transcript has “direct threat”", async ({ page, a11y }) => {
    await openWarsawPermalink(page);
    await expect(page.locator("blockquote").first()).toContainText("the most significant and direct threat");

    const note = page.getByRole("note").filter({ hasText: "Reported differently" });
    await expect(note).toContainText("changes their meaning");
    await note.getByRole("link").click();

    const comparison = page.getByRole("region", { name: /the wording here changes the meaning/ });
    await expect(comparison).toBeVisible();
    // Removed and added words are del and ins elements, each named for screen readers.
    await expect(comparison.locator("del", { hasText: "direct" })).toContainText("said, not in this source");
    await expect(comparison.locator("ins", { hasText: "dark" })).toContainText("in this source instead");
    await expect(comparison.getByRole("listitem").filter({ hasText: "Has “dark” where the speaker said “direct”" })).toBeVisible();
    // The report's wording is itself checked against the report's stored text.
    await expect(page.getByText("This wording matches the source word for word")).toBeVisible();
    // The transcript's own source has no comparison: it gives the statement's words.
    await expect(page.getByRole("region", { name: /Worded|Reported differently/ })).toHaveCount(1);

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await a11y.check();
        await a11y.fitsWidth();
      }
    }
  });
});

test.describe("events on the timeline strip", () => {
  test("marks the summit on the strip, lists the marked events in words, and filters them by kind with links", async ({ page, a11y }) => {
    await page.goto("/?speaker=mark-rutte");
    const list = page.locator("details", { hasText: "Events marked on the strip" });
    await expect(list).toBeVisible();
    await expect(page.locator(".event-marker").first()).toBeVisible();
    await list.locator("summary").click();
    const summit = list.getByRole("listitem").filter({ hasText: "Summit:" });
    await expect(summit.first()).toBeVisible();
    await expect(summit.first().getByRole("link")).toHaveAttribute("href", /^\/events\/\d+$/);

    // A kind is a link: only that kind is marked, and the choice is kept in the URL.
    await list.getByRole("navigation", { name: "Events to mark" }).getByRole("link", { name: "No events", exact: true }).click();
    await expect(page).toHaveURL(/events=none/);
    await expect(page.locator(".event-marker")).toHaveCount(0);
    await expect(page.locator("summary", { hasText: "Events marked on the strip: none" })).toBeVisible();
    await page.goto("/?speaker=mark-rutte&events=summit");
    await expect(page.locator(".event-marker").first()).toBeVisible();

    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await a11y.check();
      await a11y.fitsWidth();
    }
  });
});

test.describe("events on the topic chart", () => {
  test("marks the summit on the stance chart, lists it in words, and filters by kind without JavaScript", async ({
    browser,
    page,
    a11y,
  }, testInfo) => {
    await page.goto("/topics/defence-spending?speaker=mark-rutte");
    const chart = page.locator("figure", { has: page.getByRole("group", { name: /stance over time/ }) });
    await expect(chart.locator(".event-marker").first()).toBeVisible();
    const list = chart.locator("details", { hasText: "Events marked on the chart" });
    await list.locator("summary").click();
    const summit = list.getByRole("listitem").filter({ hasText: "Summit:" });
    await expect(summit.first()).toContainText("25 Jun 2025");
    await expect(summit.first().getByRole("link")).toHaveAttribute("href", /^\/events\/\d+$/);

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await a11y.check();
        await a11y.fitsWidth();
      }
    }

    // The choice is a plain link that keeps the speaker: no JavaScript needed.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
    const plain = await context.newPage();
    await plain.goto("/topics/defence-spending?speaker=mark-rutte");
    const plainChart = plain.locator("figure", { has: plain.getByRole("group", { name: /stance over time/ }) });
    await plainChart.locator("summary", { hasText: "Events marked on the chart" }).click();
    await plainChart
      .getByRole("navigation", { name: "Events to mark on the chart" })
      .getByRole("link", { name: "No events", exact: true })
      .click();
    await expect(plain).toHaveURL(/speaker=mark-rutte/);
    await expect(plain).toHaveURL(/events=none/);
    await expect(plainChart.locator(".event-marker")).toHaveCount(0);
    await expect(plainChart.locator("summary", { hasText: "Events marked on the chart: none" })).toBeVisible();
    await plain.goto("/topics/defence-spending?speaker=mark-rutte&events=summit");
    await expect(plainChart.locator(".event-marker").first()).toBeVisible();
    await context.close();
  });
});

test.describe("renderings and events as the record stood at a past moment", () => {
  test("the past permalink flags the report's wording, and the past topic chart marks the summit, every link keeping the moment", async ({
    page,
    a11y,
  }) => {
    const moment = encodeURIComponent(new Date().toISOString());
    await openWarsawPermalink(page);
    await page.goto(`${new URL(page.url()).pathname}?asOf=${moment}`);
    await expect(page.getByRole("region", { name: "Past version of this page" })).toBeVisible();
    const comparison = page.getByRole("region", { name: /the wording here changes the meaning/ });
    await expect(comparison.getByRole("listitem").filter({ hasText: "Has “dark” where the speaker said “direct”" })).toBeVisible();
    // The source is named by its title, its wording shown apart.
    await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: /dark threat \(LIGA\.net\)$/ })).toBeVisible();

    await page.goto(`/topics/defence-spending?speaker=mark-rutte&asOf=${moment}`);
    await expect(page.getByTestId("position-current")).toContainText(/^Then/);
    const chart = page.locator("figure", { has: page.getByRole("group", { name: /stance over time/ }) });
    await expect(chart.locator(".event-marker").first()).toBeVisible();
    const list = chart.locator("details", { hasText: "Events marked on the chart" });
    await list.locator("summary").click();
    await expect(list.getByRole("listitem").filter({ hasText: "Summit:" }).first()).toContainText("25 Jun 2025");
    const none = list
      .getByRole("navigation", { name: "Events to mark on the chart" })
      .getByRole("link", { name: "No events", exact: true });
    await expect(none).toHaveAttribute("href", new RegExp(`asOf=${moment}.*events=none|events=none.*asOf=${moment}`));
    for (const link of await chart.locator("a[href^='/statements/']").all()) await expect(link).toHaveAttribute("href", /asOf=/);
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await a11y.check();
      await a11y.fitsWidth();
    }
    await none.click();
    await expect(page.getByRole("region", { name: "Past version of this page" })).toBeVisible();
    await expect(chart.locator(".event-marker")).toHaveCount(0);
  });
});
