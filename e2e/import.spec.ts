// The import assistant in the browser: paste an article with quotes, a scare-quoted word and a
// transcript snippet, review, accept and publish; the statements show on the timeline and their
// permalink cites the source. Uploads: an HTML file is read as its text; a binary file and a file
// over 2 MB are refused with a clear message and nothing is stored. The paste path without
// JavaScript. Accessibility (axe) and a 375 px screen at both steps.
import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import { account, expect, test } from "./fixtures";

const run = Date.now().toString(36);

/** Today as the server sees it (same machine): the newest possible date, so statements list first. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const QUOTE_1 = "We need more air defence in Ukraine, and we need it before the winter comes";
const QUOTE_2 = "Allies have delivered a lot, but drone attacks rose by 400%. Every system counts";
// One sentence: each sentence of a transcript turn is a candidate of its own.
const TURN = "Our support for Ukraine is not charity but an investment in our own security.";

const article = (tag: string) =>
  [
    `Rutte presses allies on air defence (${tag})`,
    "",
    "NATO Secretary General Mark Rutte on Tuesday urged allies to send more air defence systems to Ukraine.",
    `“${QUOTE_1},” Rutte told reporters at NATO headquarters in Brussels.`,
    "He called the latest wave of drone attacks “barbaric” and said the alliance would not be intimidated.",
    `“${QUOTE_2},” he added.`,
    "",
    "From the transcript of the press conference:",
    "",
    "Q: Will allies send more Patriot systems this year?",
    "",
    `Mark Rutte: ${TURN}`,
  ].join("\n");

async function fillSource(page: Page, title: string, day = today()) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Web address (optional)")
    .fill(`https://news.example/${encodeURIComponent(title.toLowerCase().replace(/\W+/g, "-"))}`);
  await page.getByLabel("Outlet (optional)").fill("Example News");
  await page.getByLabel("Published on").fill(day);
}

/** The candidate whose highlighted words (not merely its surrounding context) contain `text`. */
const candidate = (page: Page, text: string) =>
  page.getByRole("group", { name: /^Candidate \d+ of \d+/ }).filter({ has: page.locator("mark", { hasText: text }) });

/** Whether a source with this title was stored (the staff source list, searched). */
async function sourceStored(page: Page, title: string): Promise<boolean> {
  await page.goto(`/manage/sources?q=${encodeURIComponent(title)}`);
  return !(await page.getByText("No source matches this search.").isVisible());
}

/** A context with JavaScript turned off, signed in as an analyst through the sign-in API. */
async function noScriptContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
  const response = await context.request.post("/api/auth/session", { data: account("analyst") });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

test.describe("import assistant", () => {
  test("paste an article, review, accept and publish: the statements show on the timeline and cite their source", async ({
    analystPage: page,
    a11y,
  }) => {
    const title = `Rutte presses allies on air defence ${run}`;
    // One day for the whole test: a run that crosses midnight must not expect two different days.
    const day = today();
    await page.goto("/");
    await page.getByRole("navigation", { name: "Manage" }).getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import statements" })).toBeVisible();
    await a11y.check();

    await page.getByLabel("Paste the text").fill(article(run));
    await fillSource(page, title, day);
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByRole("heading", { name: "Candidates in the order of the text" })).toBeVisible();
    await expect(page.getByRole("status").first()).toContainText(/Found \d+ candidates in the text/);
    await a11y.check();

    // The quotes and the transcript turn, in the order of the text, attributed to Rutte.
    const quote1 = candidate(page, QUOTE_1);
    const quote2 = candidate(page, QUOTE_2);
    const turn = candidate(page, TURN);
    for (const group of [quote1, quote2, turn]) {
      await expect(group).toHaveCount(1);
      await expect(group.getByLabel("Speaker", { exact: true }).locator("option:checked")).toHaveText("Mark Rutte");
      await expect(group.getByLabel("Day", { exact: true })).toHaveValue(day);
    }
    await expect(quote1.locator("mark")).toHaveText(QUOTE_1);
    await expect(quote1.getByRole("blockquote")).toContainText("Rutte told reporters");
    const legends = await page
      .getByRole("group", { name: /^Candidate \d+ of \d+/ })
      .locator("legend")
      .allInnerTexts();
    expect(legends.length).toBeGreaterThanOrEqual(3);
    // The scare-quoted word is no candidate of its own.
    await expect(page.getByRole("group", { name: /^Candidate/ }).locator("mark", { hasText: /^barbaric$/ })).toHaveCount(0);

    // Untick everything, then "Accept all high-confidence" ticks the quotes again (without JavaScript too: a submit).
    for (const box of await page.getByRole("checkbox", { name: /^Accept/ }).all()) await box.uncheck();
    await page.getByRole("button", { name: /^Accept all high-confidence/ }).click();
    await expect(page.getByRole("status").first()).toContainText("high-confidence");
    for (const group of [quote1, quote2, turn]) await expect(group.getByRole("checkbox", { name: /^Accept/ })).toBeChecked();
    // Keep only the two quotes and the turn; editing a quote says it will differ from the source.
    for (const box of await page.getByRole("checkbox", { name: /^Accept/ }).all()) await box.uncheck();
    for (const group of [quote1, quote2, turn]) await group.getByRole("checkbox", { name: /^Accept/ }).check();
    await expect(quote2.getByText(/Edit them only to correct/)).toBeVisible();

    await page.getByRole("radio", { name: "Published" }).check();
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/saved\?source=\d+&count=3$/);
    await expect(page.getByRole("status")).toContainText(`Saved 3 statements from “${title}”.`);
    await a11y.check();
    const saved = page.url();

    await page.goto("/");
    await expect(page.getByText(QUOTE_1).first()).toBeVisible();
    await expect(page.getByText(TURN).first()).toBeVisible();

    await page.goto(saved);
    await page.getByRole("link", { name: `“${QUOTE_2}”` }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    // The number in the quote was proposed with it, and saved as a claim to check.
    await expect(page.getByRole("region", { name: "Claims" })).toContainText(/400\s?%.*Unverified/);
  });

  test("an HTML file is read as its text; a binary file and one over 2 MB are refused, and nothing is stored", async ({
    analystPage: page,
  }) => {
    await page.goto("/manage/import");
    const html = `<!doctype html><html><head><title>Ignored</title><style>p{color:red}</style><script>var quote = "“not this”";</script></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Rutte in Warsaw</h1>
      <p>&ldquo;Anyone who attacks an ally will face the full force of this alliance,&rdquo; Rutte said in Warsaw.</p>
      <p>Unclosed <b>markup <i>is fine</article>`;
    await page.getByLabel("Or upload a file").setInputFiles({ name: "warsaw.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByLabel("Title", { exact: true }).fill(`Rutte in Warsaw ${run}`);
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByText(/characters of text from the HTML/)).toBeVisible();
    const warsaw = candidate(page, "Anyone who attacks an ally");
    await expect(warsaw.getByLabel("Text", { exact: true })).toHaveValue(
      "Anyone who attacks an ally will face the full force of this alliance",
    );
    await expect(page.getByText("not this")).toHaveCount(0);

    await page.goto("/manage/import");
    const pdfTitle = `Binary upload ${run}`;
    await page.getByLabel("Or upload a file").setInputFiles({
      name: "report.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x10]),
    });
    await page.getByLabel("Title", { exact: true }).fill(pdfTitle);
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByText("Nothing was read yet.")).toBeVisible();
    await expect(page.getByText(/^The file “report.txt” looks like a PDF document, not text/)).toBeVisible();
    await expect(page.getByLabel("Or upload a file")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(pdfTitle);

    await page
      .getByLabel("Or upload a file")
      .setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 100, "a") });
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByText("The file “huge.txt” is 2.0 MB; the limit is 2.0 MB.")).toBeVisible();
    expect(await sourceStored(page, pdfTitle)).toBe(false);
  });

  test("works without JavaScript: paste, review, save", async ({ browser }, testInfo) => {
    const context = await noScriptContext(browser, testInfo);
    const page = await context.newPage();
    const title = `No-script import ${run}`;
    await page.goto("/manage/import");
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByText("Paste the text of the article or transcript, or choose a file below.", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");

    // A month earlier: the same words as the other test, but neither duplicates of its statements
    // nor likely renderings of them (those are offered within a week).
    const monthBefore = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Paste the text").fill(article(`no script ${run}`));
    await fillSource(page, title, monthBefore);
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByRole("heading", { name: "Candidates in the order of the text" })).toBeVisible();
    const quote1 = candidate(page, QUOTE_1);
    await expect(quote1.getByRole("checkbox", { name: /^Accept/ })).toBeChecked();
    await quote1.getByRole("checkbox", { name: /^Accept/ }).uncheck();
    await page.getByRole("button", { name: /^Accept all high-confidence/ }).click();
    await expect(candidate(page, QUOTE_1).getByRole("checkbox", { name: /^Accept/ })).toBeChecked();

    // A refused save keeps every choice: a blank text at one candidate.
    await candidate(page, QUOTE_2).getByLabel("Text", { exact: true }).fill(" ");
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page.getByText(/^Nothing was saved/)).toBeVisible();
    await expect(candidate(page, QUOTE_2).getByLabel("Text", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await candidate(page, QUOTE_2).getByLabel("Text", { exact: true }).fill(QUOTE_2);
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/saved\?source=\d+&count=\d+$/);
    await expect(page.getByRole("status")).toContainText(`from “${title}”`);
    await context.close();
  });

  test("a web address alone is sent to the server with JavaScript on: no empty-title block in the browser", async ({
    analystPage: page,
  }) => {
    await page.goto("/manage/import");
    await expect(page.getByLabel("Title", { exact: true })).not.toHaveAttribute("required", "");
    await page.getByLabel("Or fetch a web page").fill("http://127.0.0.1:9/article");
    await page.getByRole("button", { name: "Find statements" }).click();
    // The server answered: its SSRF guard refuses the address at the field, and keeps it.
    await expect(page.getByText(/private or local network/).first()).toBeVisible();
    await expect(page.getByLabel("Or fetch a web page")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Or fetch a web page")).toHaveValue("http://127.0.0.1:9/article");
  });

  test("fits a 375 px screen at both steps", async ({ analystPage: page, a11y }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/manage/import");
    await a11y.fitsWidth();
    await page.getByLabel("Paste the text").fill(article(`narrow ${run}`));
    await fillSource(page, `Narrow screen ${run}`, "2024-06-01");
    await page.getByRole("button", { name: "Find statements" }).click();
    await expect(page.getByRole("heading", { name: "Candidates in the order of the text" })).toBeVisible();
    await a11y.fitsWidth();
    await a11y.check();
  });

  test("words already recorded are offered as another rendering, with the difference, and saved onto that statement", async ({
    analystPage: page,
    a11y,
  }) => {
    // Words of this run only, saved as a draft: no reader page changes.
    const recorded = `Allies on the ${run} flank must keep the northern sea lanes safe for shipping this year`;
    const reported = `Allies on the ${run} flank must keep the northern sea lanes open for shipping this year`;
    const day = "2021-03-10";
    await page.goto("/manage/import");
    await page.getByLabel("Paste the text").fill(`Rutte at the ministerial\n\n“${recorded},” Rutte said at the ministerial in Brussels.`);
    await fillSource(page, `Rutte transcript ${run}`, day);
    await page.getByRole("button", { name: "Find statements" }).click();
    const first = candidate(page, recorded);
    await first.getByRole("checkbox", { name: /^Accept/ }).check();
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/saved\?source=\d+&count=1$/);

    await page.goto("/manage/import");
    await page.getByLabel("Paste the text").fill(`Rutte presses allies\n\n“${reported},” Rutte told reporters on Thursday.`);
    await fillSource(page, `Rutte report ${run}`, "2021-03-11");
    await page.getByRole("button", { name: "Find statements" }).click();
    const again = candidate(page, reported);
    const offer = again.getByRole("group", { name: /^Already recorded\?/ });
    await expect(offer).toBeVisible();
    await expect(offer.locator("del", { hasText: "safe" })).toBeVisible();
    await expect(offer.locator("ins", { hasText: "open" })).toBeVisible();
    await expect(offer).toContainText("Has “open” where the speaker said “safe”");
    await expect(again.getByRole("checkbox", { name: /^Accept/ })).not.toBeChecked();
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await a11y.check();
      await a11y.fitsWidth();
    }

    // A topic typed before choosing: another rendering takes none of the new statement's fields, and
    // the review says the statement's own apply (hiding them), until a new statement is chosen again.
    const topics = again.getByRole("group", { name: "Topics and stances" });
    await topics.getByRole("group", { name: "Topic 1" }).getByLabel("Topic").selectOption({ index: 1 });
    const note = again.getByTestId("rendering-fields-note");
    await expect(note).toContainText("The fields below are for a new statement only");
    await offer.getByRole("radio", { name: /^Add as another rendering of statement #\d+/ }).check();
    await expect(note).toContainText(
      /^Added to statement #\d+ as this source’s rendering of its words: the statement’s own text, speaker, date/,
    );
    await expect(topics).toBeHidden();
    await expect(again.getByLabel("Text", { exact: true })).toBeHidden();
    await offer.getByRole("radio", { name: /^A new statement/ }).check();
    await expect(topics).toBeVisible();
    await expect(topics.getByRole("group", { name: "Topic 1" }).getByLabel("Topic")).not.toHaveValue("");
    await offer.getByRole("radio", { name: /^Add as another rendering of statement #\d+/ }).check();
    await a11y.check();
    await again.getByRole("checkbox", { name: /^Accept/ }).check();
    await page.getByRole("button", { name: "Save accepted statements" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/saved\?source=\d+&count=1$/);

    // One statement, two sources: the report's wording is compared on the permalink.
    await page.getByRole("link", { name: new RegExp(`Allies on the ${run} flank`) }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("link", { name: `Rutte transcript ${run}` })).toBeVisible();
    await expect(sources.getByRole("link", { name: `Rutte report ${run}` })).toBeVisible();
    await expect(page.getByRole("region", { name: /the wording here changes the meaning/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Topics and stances" })).toContainText("No topics assigned.");
  });
});
