// The manage forms when input is wrong: a text longer than its limit is kept whole, counted live
// and refused with a message at the field (with and without JavaScript); an impossible day says
// why; one error summary at the top lists each problem once with its field's label and links to
// the field, and takes the focus after a failed save. The import review suggests topics only with
// the words that matched, chooses none, and clearing a topic clears its stance.
import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import { account, expect, test } from "./fixtures";

const run = Date.now().toString(36);
const LONG_TEXT = Array.from({ length: 20_000 }, (_, i) => `word${i % 10}`)
  .join(" ")
  .slice(0, 100_000);

async function noScriptContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
  const response = await context.request.post("/api/auth/session", { data: account("analyst") });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

/** A statement that is valid apart from what the test changes. */
async function fillStatement(page: Page, { text, day }: { text: string; day: string }) {
  await page.getByLabel("Speaker *").selectOption({ label: "Mark Rutte" });
  await page.getByLabel("Day", { exact: true }).fill(day);
  await page.getByLabel("Text *").fill(text);
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
}

const summary = (page: Page) => page.locator("#form-status");

test.describe("form errors", () => {
  test("a long pasted text is kept whole, counted live, and refused at its field", async ({ analystPage: page, a11y }) => {
    await page.goto("/manage/statements/new");
    const text = page.getByLabel("Text *");
    const counter = page.locator("#field-text-count");
    await expect(counter).toHaveText("0 / 5,000 characters");

    await fillStatement(page, { text: "x".repeat(4980), day: "2024-05-01" });
    await expect(counter).toHaveText("4,980 / 5,000 characters");
    // Screen readers hear the count politely once typing pauses.
    await expect(page.locator("[aria-live=polite].sr-only", { hasText: "4,980 / 5,000 characters" })).toHaveCount(1);

    await text.fill(LONG_TEXT);
    await expect(text).toHaveValue(LONG_TEXT);
    await expect(counter).toHaveText("100,000 / 5,000 characters: 95,000 characters too many");
    await expect(text).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(summary(page)).toBeFocused();
    const link = summary(page).getByRole("link", { name: /^Text: The text is 100,000 characters long; keep it under 5,000 characters/ });
    await expect(link).toHaveAttribute("href", "#field-text");
    await expect(page.locator("#field-text-error")).toHaveText(/^The text is 100,000 characters long/);
    await expect(text).toHaveValue(LONG_TEXT);
    await a11y.check();
    await link.click();
    await expect(text).toBeFocused();
  });

  test("without JavaScript the counter and the message come from the server", async ({ browser }, testInfo) => {
    const context = await noScriptContext(browser, testInfo);
    const page = await context.newPage();
    await page.goto("/manage/statements/new");
    await fillStatement(page, { text: LONG_TEXT, day: "2024-05-01" });
    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(page.getByLabel("Text *")).toHaveValue(LONG_TEXT);
    await expect(page.locator("#field-text-count")).toHaveText("100,000 / 5,000 characters: 95,000 characters too many");
    await expect(summary(page).getByRole("link", { name: /^Text: The text is 100,000 characters long/ })).toHaveAttribute(
      "href",
      "#field-text",
    );
    await context.close();
  });

  test("an impossible day says why, at the field and in the summary", async ({ analystPage: page }) => {
    await page.goto("/manage/statements/new");
    await fillStatement(page, { text: `Impossible day ${run}`, day: "2025-02-31" });
    await page.getByRole("button", { name: "Save statement" }).click();
    const day = page.getByLabel("Day", { exact: true });
    await expect(day).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-date-day-error")).toHaveText("February 2025 has 28 days: there is no 31 February.");
    await expect(summary(page).getByRole("link", { name: "Day: February 2025 has 28 days: there is no 31 February." })).toHaveAttribute(
      "href",
      "#field-date-day",
    );
    await expect(day).toHaveValue("2025-02-31");

    await day.fill("2025-02-45");
    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(page.locator("#field-date-day-error")).toHaveText("That day does not exist: February 2025 has 28 days.");
  });

  test("the error summary lists each problem once, with its field's label, and links to the field", async ({ analystPage: page, a11y }) => {
    await page.goto("/manage/statements/new");
    await page.getByRole("group", { name: "Claim 1" }).getByLabel("Evidence web address (optional)").fill("not-a-url");
    await page.getByRole("group", { name: "Claim 1" }).getByLabel("Claim", { exact: true }).fill("A claim");
    await page.getByRole("button", { name: "Save statement" }).click();

    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole("heading")).toHaveText("The statement was not saved. Check the fields marked below.");
    const links = summary(page).getByRole("link");
    const texts = await links.allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Speaker: /),
        expect.stringMatching(/^Text: Enter what was said\.$/),
        expect.stringMatching(/^Sources: Add at least one source/),
        expect.stringMatching(/^Claim 1: Evidence web address: Enter a web address/),
      ]),
    );
    // Every link leads to an element of the page, which is marked invalid or names the problem.
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^#field-/);
      await expect(page.locator(href!)).toHaveCount(1);
    }
    await a11y.check();

    await summary(page)
      .getByRole("link", { name: /^Claim 1: Evidence web address/ })
      .click();
    await expect(page.getByRole("group", { name: "Claim 1" }).getByLabel("Evidence web address (optional)")).toBeFocused();
    await summary(page)
      .getByRole("link", { name: /^Speaker: / })
      .click();
    await expect(page.getByLabel("Speaker *")).toBeFocused();
  });

  test("the other manage forms share the summary", async ({ analystPage: page, a11y }) => {
    await page.goto("/manage/sources/new");
    await page.getByLabel("Web address").fill("not an address");
    await page.getByRole("button", { name: "Create source" }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole("link", { name: /^Web address: Enter a web address/ })).toHaveAttribute("href", "#field-url");
    await expect(summary(page).getByRole("link", { name: /^Title: / })).toHaveAttribute("href", "#field-title");
    await a11y.check();

    await page.goto("/manage/speakers/new");
    await page.getByRole("button", { name: /^(Create|Save) speaker$/ }).click();
    await expect(summary(page)).toBeFocused();
    await summary(page)
      .getByRole("link", { name: /^Name: / })
      .click();
    await expect(page.getByLabel("Name *")).toBeFocused();
  });
});

test.describe("import review", () => {
  const QUOTE = `Allies must raise defence spending well above two percent, and they must do it this year, ${run}`;
  const OTHER = `The weather in Brussels was fine for the meeting of ministers, ${run}`;
  const article = [`Rutte on spending (${run})`, "", `“${QUOTE},” Rutte told reporters in Brussels.`, `“${OTHER},” he added.`].join("\n");
  const candidate = (page: Page, text: string) =>
    page.getByRole("group", { name: /^Candidate \d+ of \d+/ }).filter({ has: page.locator("mark", { hasText: text }) });

  test("topics are suggested with the words that matched, none is chosen, and no topic clears the stance", async ({
    analystPage: page,
    a11y,
  }) => {
    await page.goto("/manage/import");
    await page.getByLabel("Paste the text").fill(article);
    await page.getByLabel("Title", { exact: true }).fill(`Rutte on spending ${run}`);
    await page.getByLabel("Published on").fill("2024-06-03");
    await page.getByRole("button", { name: "Find statements" }).click();
    const quote = candidate(page, QUOTE);
    await expect(quote).toHaveCount(1);

    await expect(quote.getByText(/^Suggested from the words: Defence spending \(“[^)]+”\)/)).toBeVisible();
    for (const select of await page.getByRole("combobox", { name: "Topic", exact: true }).all()) await expect(select).toHaveValue("");
    for (const select of await page.getByRole("combobox", { name: "Stance", exact: true }).all()) await expect(select).toHaveValue("");
    await a11y.check();

    const topic1 = quote.getByRole("group", { name: "Topic 1" });
    await topic1.getByLabel("Topic", { exact: true }).selectOption({ label: "Defence spending" });
    await topic1.getByLabel("Stance", { exact: true }).selectOption({ label: "For" });
    await topic1.getByLabel("Topic", { exact: true }).selectOption("");
    await expect(topic1.getByLabel("Stance", { exact: true })).toHaveValue("");

    // A problem at one candidate is listed at the top, linked to its field.
    for (const box of await page.getByRole("checkbox", { name: /^Accept/ }).all()) await box.uncheck();
    await quote.getByRole("checkbox", { name: /^Accept/ }).check();
    await quote.getByLabel("Text", { exact: true }).fill(" ");
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    const link = page.locator("#form-status").getByRole("link", { name: /^Candidate \d+: Text: Enter what was said\.$/ });
    await expect(link).toHaveAttribute("href", /^#field-c-\d+-text$/);
    await link.click();
    await expect(candidate(page, QUOTE).getByLabel("Text", { exact: true })).toBeFocused();

    await candidate(page, QUOTE).getByLabel("Text", { exact: true }).fill(QUOTE);
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/saved\?source=\d+&count=1$/);
  });
});
