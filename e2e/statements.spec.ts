// Analysts record statements in the browser: create one with two topics and a claim, see it on
// the timeline, edit it, read its history, delete and restore it; the same form without
// JavaScript; and the security boundary: a request to the action without a session writes nothing.
import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import { account, axeViolations, expect, test, WCAG_TAGS } from "./fixtures";

const run = Date.now().toString(36);

/** Today as the server sees it (same machine): the newest possible date, so it lists first. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The number of published statements the timeline reports. */
async function timelineCount(page: Page): Promise<number> {
  await page.goto("/");
  const text = await page.locator("main").innerText();
  const count = text.match(/(\d+) statements?\b/)?.[1];
  expect(count, "the timeline states how many statements it has").toBeDefined();
  return Number(count);
}

async function axe(page: Page) {
  const violations = await axeViolations(page, WCAG_TAGS);
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`),
  ).toEqual([]);
}

/** axe needs scripts, so a page rendered without JavaScript is checked as markup in a scripted page. */
async function axeMarkup(browser: Browser, testInfo: TestInfo, html: string) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const viewer = await context.newPage();
  await viewer.goto("/");
  await viewer.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ""), { waitUntil: "load" });
  await axe(viewer);
  await context.close();
}

/** A context with JavaScript turned off, signed in as an analyst through the sign-in API. */
async function noScriptContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
  const response = await context.request.post("/api/auth/session", { data: account("analyst") });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

test.describe("statements", () => {
  test("create with two topics and a claim, see it on the timeline, edit it, read its history, delete and restore it", async ({
    analystPage: page,
    a11y,
  }) => {
    const text = `Europe must carry more of the load, and it will, ${run}.`;
    await page.goto("/manage/statements/new");
    await expect(page.getByRole("heading", { level: 1, name: "New statement" })).toBeVisible();
    await a11y.check();

    await page.getByLabel("Speaker *").selectOption({ label: "Mark Rutte" });
    // Rutte has been for military aid: "strongly against" shows the possible shift at once.
    const topic1 = page.getByRole("group", { name: "Topic 1" });
    await topic1.getByLabel("Topic").selectOption({ label: "Military aid to Ukraine" });
    await topic1.getByLabel("Stance").selectOption({ label: "Strongly against" });
    await expect(
      topic1.getByText(/^Possible shift: Mark Rutte's last stance on Military aid to Ukraine: [a-z ]+, \d{1,2} [A-Z][a-z]{2} \d{4}$/),
    ).toBeVisible();
    await topic1.getByLabel("Why the position moved (optional)").fill("Test of the shift note");
    const topic2 = page.getByRole("group", { name: "Topic 2" });
    await topic2.getByLabel("Topic").selectOption({ label: "Defence spending" });
    await topic2.getByLabel("Stance").selectOption({ label: "Strongly for" });
    await topic2.getByLabel("Hedging (optional)").selectOption({ label: "Committed" });
    await page.getByLabel("Day", { exact: true }).fill(today());
    await page.getByLabel("Text *").fill(text);
    await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });

    const claim = page.getByRole("group", { name: "Claim 1" });
    await claim.getByLabel("Claim", { exact: true }).fill("Allies now spend 2% of GDP on defence");
    await claim.getByLabel("Kind of claim").selectOption({ label: "Numeric" });
    await claim.getByLabel("Value (optional)").fill("2");
    await claim.getByLabel("Unit (optional)").fill("% of GDP");
    await page.getByRole("button", { name: "Add claim" }).click();
    await expect(page.getByRole("group", { name: "Claim 2" })).toBeVisible();
    await page.getByRole("button", { name: "Remove claim 2" }).click();
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: "Save statement" }).click();

    await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
    const permalink = new URL(page.url()).pathname;
    await expect(page.getByText("Statement saved.")).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Staff tools" })).toContainText("Published");
    await expect(page.getByRole("heading", { name: "Topics and stances" }).locator("..")).toContainText("Military aid to Ukraine");
    await expect(page.getByRole("heading", { name: "Claims" }).locator("..").getByRole("listitem")).toHaveCount(1);

    // On the timeline, newest first.
    await page.goto("/");
    await expect(page.getByText(text)).toBeVisible();

    // Edit it, then read what changed in its history.
    await page.goto(permalink);
    await page.getByRole("link", { name: "Edit statement" }).click();
    await page.waitForURL(/\/manage\/statements\/\d+\/edit$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Edit statement by Mark Rutte/ })).toBeVisible();
    await a11y.check();
    await page.getByLabel("Text *").fill(`${text} Edited.`);
    // The edit form lists topics by name.
    const spending = page
      .getByRole("group", { name: /^Topic \d+$/ })
      .filter({ has: page.locator("option:checked", { hasText: "Defence spending" }) });
    await spending.getByLabel("Hedging (optional)").selectOption({ label: "Hedged" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=updated$/);
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("listitem")).toHaveCount(2);
    const edited = history.getByRole("listitem").first();
    await expect(edited).toContainText(/Edited by E2E analyst/);
    await expect(edited).toContainText("Defence spending: Strongly for (committed)");
    await expect(edited).toContainText("Defence spending: Strongly for (hedged)");
    await expect(history.getByRole("listitem").last()).toContainText(/Created by E2E analyst/);

    // Delete: readers get the "removed" page; staff can restore it.
    await page.getByRole("button", { name: "Delete statement" }).click();
    await expect(page).toHaveURL(/\?saved=deleted$/);
    await expect(page.getByRole("complementary", { name: "Staff tools" })).toContainText("Deleted");
    const reader = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
    const readerPage = await reader.newPage();
    const gone = await readerPage.goto(permalink);
    expect(gone?.status()).toBe(410);
    await expect(readerPage.getByRole("heading", { name: "This statement was removed" })).toBeVisible();
    await readerPage.goto("/");
    await expect(readerPage.getByText(text)).toHaveCount(0);

    await page.getByRole("button", { name: "Restore statement" }).click();
    await expect(page).toHaveURL(/\?saved=restored$/);
    await expect(page.getByRole("complementary", { name: "Staff tools" })).toContainText("Published");
    await readerPage.goto(permalink);
    await expect(readerPage.locator("blockquote").first()).toContainText(`${text} Edited.`);
    await expect(readerPage.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveCount(4);
    await reader.close();
  });

  test("the form keeps what was typed on an error and works without JavaScript", async ({ browser }, testInfo) => {
    const context = await noScriptContext(browser, testInfo);
    const page = await context.newPage();
    await page.goto("/manage/statements/new");

    // A new speaker and a new source, created inline, with two topics and a claim; the text is missing.
    await page.getByText("Speaker not in the list? Create one").click();
    await page.getByLabel("New speaker's name").fill(`Jens Stoltenberg ${run}`);
    await page.getByLabel("Day", { exact: true }).fill("2025-02-14");
    const source = page.getByRole("group", { name: "Source 1" });
    await source.getByText("Source not in the list? Create one").click();
    await source.getByLabel("Web address").fill(`https://example.org/munich-${run}`);
    await source.getByLabel("Title").fill("Remarks at the Munich Security Conference");
    await source.getByLabel("Full text (optional)").fill("Full transcript pasted here.");
    await page.getByRole("group", { name: "Topic 1" }).getByLabel("Topic").selectOption({ label: "Defence spending" });
    await page.getByRole("group", { name: "Topic 1" }).getByLabel("Stance").selectOption({ label: "For" });
    await page.getByRole("group", { name: "Topic 2" }).getByLabel("Topic").selectOption({ label: "Ukraine's NATO membership" });
    await page.getByRole("group", { name: "Topic 2" }).getByLabel("Stance").selectOption({ label: "Mixed or neutral" });
    await page.getByRole("group", { name: "Claim 1" }).getByLabel("Claim", { exact: true }).fill("Spending rose for the tenth year");
    await page.getByRole("group", { name: "Claim 1" }).getByLabel("Evidence web address (optional)").fill("not-a-url");
    await page.getByRole("button", { name: "Save statement" }).click();

    await expect(page.getByText("The statement was not saved.")).toBeVisible();
    await expect(page.getByText("Enter what was said.", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Text *")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("group", { name: "Claim 1" }).getByLabel("Evidence web address (optional)")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    // Everything typed is still there.
    await expect(page.getByLabel("New speaker's name")).toHaveValue(`Jens Stoltenberg ${run}`);
    await expect(page.getByRole("group", { name: "Source 1" }).getByLabel("Title")).toHaveValue(
      "Remarks at the Munich Security Conference",
    );
    await expect(page.getByRole("group", { name: "Topic 2" }).getByLabel("Stance")).toHaveValue("MIXED");
    await expect(page.getByRole("group", { name: "Claim 1" }).getByLabel("Claim", { exact: true })).toHaveValue(
      "Spending rose for the tenth year",
    );
    await axeMarkup(browser, testInfo, await page.content());

    await page.getByLabel("Text *").fill(`We must spend more on defence, ${run}.`);
    await page.getByRole("group", { name: "Claim 1" }).getByLabel("Evidence web address (optional)").fill("https://example.org/evidence");
    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
    const permalink = new URL(page.url()).pathname;
    await expect(page.getByRole("complementary", { name: "Staff tools" })).toContainText("Draft");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Jens Stoltenberg ${run}`);
    await expect(page.getByRole("link", { name: "Remarks at the Munich Security Conference" })).toBeVisible();

    // A draft is not public.
    const reader = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    expect((await reader.request.get(permalink)).status()).toBe(404);
    await reader.close();

    // Edit without JavaScript: the form opens with the saved values and saves.
    await page.getByRole("link", { name: "Edit statement" }).click();
    await expect(page.getByRole("group", { name: "Topic 1" }).getByLabel("Topic")).toHaveValue(/\d+/);
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=updated$/);
    await expect(page.getByRole("complementary", { name: "Staff tools" })).toContainText("Published");
    await context.close();
  });

  test("a probable duplicate needs an explicit confirmation", async ({ analystPage: page }) => {
    const fill = async (text: string) => {
      await page.goto("/manage/statements/new");
      await page.getByLabel("Speaker *").selectOption({ label: "Donald Tusk" });
      await page.getByLabel("Day", { exact: true }).fill("2024-12-02");
      await page.getByLabel("Text *").fill(text);
      await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
      await page.getByRole("button", { name: "Save statement" }).click();
    };
    await fill(`Poland is ready, ${run}.`);
    await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
    await fill(`  “Poland is ready,   ${run}.”`);
    await expect(page.getByRole("heading", { name: "Possible duplicate" })).toBeVisible();
    await expect(page.getByLabel("Text *")).toHaveValue(`  “Poland is ready,   ${run}.”`);
    await axe(page);
    await page.getByLabel("Save anyway: this is a different statement").check();
    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
  });

  test("a request to the action without a session writes nothing", async ({ browser }, testInfo) => {
    // Security boundary: the action is a public POST endpoint. A form loaded while signed in and
    // submitted after the session is gone must not create anything (nor the inline speaker).
    const context = await noScriptContext(browser, testInfo);
    const page = await context.newPage();
    const before = await timelineCount(page);
    await page.goto("/manage/statements/new");
    await page.getByLabel("Speaker *").selectOption({ label: "Mark Rutte" });
    await page.getByLabel("Day", { exact: true }).fill(today());
    const text = `Written by nobody, ${run}.`;
    await page.getByLabel("Text *").fill(text);
    await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Published", { exact: true }).check();
    await context.clearCookies();
    await page.getByRole("button", { name: "Save statement" }).click();
    await page.waitForLoadState("load");

    expect(await timelineCount(page)).toBe(before);
    await expect(page.getByText(text)).toHaveCount(0);
    await context.close();
  });

  test("the staff list and the form are accessible and fit a phone", async ({ analystPage: page, a11y }) => {
    await page.goto("/manage/statements?status=published");
    await expect(page.getByRole("link", { name: /^Published \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
    await page.goto("/manage/statements/new");
    await a11y.fitsWidth();
    await a11y.check();
  });
});
