import path from "node:path";
import { pdfText, saveWithPreview } from "../lib/pdf/testing/pdf-text";
import { expect, test } from "./fixtures";

const run = Date.now().toString(36);
const REPORTS = path.join(process.cwd(), "reports", "e2e");

test.describe("the record as of a past moment", () => {
  test("after an analyst's edit, the past view shows the old text and stance and today's the new; labelled, read-only, citable, exportable", async ({
    analystPage: page,
    a11y,
  }) => {
    const before = `Our support for Ukraine will continue as long as it takes, ${run}.`;
    const after = `Our support for Ukraine will be reviewed next year, ${run}.`;

    // A statement by a new speaker, so that no earlier stance asks for a shift note.
    await page.goto("/manage/statements/new");
    await page.getByLabel("Speaker *").selectOption({ label: "New speaker (fill in below)" });
    await page.getByLabel("New speaker's name").fill(`Asof Speaker ${run}`);
    await page.getByLabel("Day", { exact: true }).fill("2025-03-03");
    await page.getByLabel("Text *").fill(before);
    const topic = page.getByRole("group", { name: "Topic 1" });
    await topic.getByLabel("Topic").selectOption({ label: "Military aid to Ukraine" });
    await topic.getByLabel("Stance").selectOption({ label: "Strongly for" });
    await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: "Save statement" }).click();
    await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
    const id = /\/statements\/(\d+)/.exec(page.url())![1]!;
    const speaker = `asof-speaker-${run}`; // the slug made from the new speaker's name
    const moment = new Date().toISOString();

    await page.goto(`/manage/statements/${id}/edit`);
    await page.getByLabel("Text *").fill(after);
    await page.getByRole("group", { name: "Topic 1" }).getByLabel("Stance").selectOption({ label: "Against" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=updated$/);

    // Today: the new text and stance.
    await page.goto(`/statements/${id}`);
    await expect(page.locator("main")).toContainText(after);
    await expect(page.getByRole("region", { name: "Topics and stances" })).toContainText("Against");

    // As of the moment between the save and the edit: the old ones, labelled, and nothing to edit.
    const past = `/statements/${id}?asOf=${encodeURIComponent(moment)}`;
    await page.goto(past);
    const banner = page.getByRole("region", { name: "Past version of this page" });
    await expect(banner).toContainText(/^As recorded on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2} UTC; see today’s version/);
    await expect(banner).toContainText("Recorded differently today: text, topics and stances.");
    await expect(banner.getByRole("link", { name: "see today’s version" })).toHaveAttribute("href", `/statements/${id}`);
    await expect(page.locator("main")).toContainText(before);
    await expect(page.locator("main")).not.toContainText(after);
    await expect(page.getByRole("region", { name: "Topics and stances" })).toContainText("Strongly for");
    await expect(page.getByRole("link", { name: "Edit statement" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Delete|Unpublish|Restore/ })).toHaveCount(0);

    // Its citation names the moment and links to this same past version.
    await page.getByText("Cite this").click();
    const plain = await page.getByLabel("Plain text").inputValue();
    expect(plain).toContain("as recorded on");
    expect(plain).toContain(`/statements/${id}?asOf=${encodeURIComponent(moment)}`);
    const bib = await page.request.get(`/statements/${id}/cite/bib?asOf=${encodeURIComponent(moment)}`);
    expect(bib.status()).toBe(200);
    expect(await bib.text()).toContain(before.slice(0, 30));

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await a11y.check();
        await a11y.fitsWidth();
        await page.screenshot({ path: path.join(REPORTS, `permalink-as-of-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The timeline and the topic view of that moment hold the old text; today's the new.
    await page.goto(`/?speaker=${speaker}&asOf=${encodeURIComponent(moment)}`);
    await expect(page.locator("main")).toContainText(before);
    await expect(page.getByRole("heading", { name: /^Results as of/ })).toBeVisible();
    await page.setViewportSize({ width: 375, height: 900 });
    await a11y.check();
    await a11y.fitsWidth();
    await page.screenshot({ path: path.join(REPORTS, "timeline-as-of-375.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?speaker=${speaker}`);
    await expect(page.locator("main")).toContainText(after);

    const topicView = `/topics/military-aid-to-ukraine?speaker=${speaker}&asOf=${encodeURIComponent(moment)}`;
    await page.goto(topicView);
    await expect(page.getByRole("region", { name: "Past version of this page" })).toBeVisible();
    await expect(page.locator("main")).toContainText(before);
    await page.setViewportSize({ width: 375, height: 900 });
    await a11y.check();
    await a11y.fitsWidth();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(REPORTS, "topic-as-of-1440.png"), fullPage: true });

    // Its PDF says which day it shows.
    const exportHref = await page.getByRole("link", { name: "Export PDF" }).getAttribute("href");
    expect(exportHref).toContain("asOf=");
    const response = await page.request.get(exportHref!);
    expect(response.status()).toBe(200);
    const pdf = new Uint8Array(await response.body());
    await saveWithPreview(pdf, REPORTS, "topic-as-of");
    const { body } = await pdfText(pdf);
    expect(body).toContain("AS RECORDED ON");
    // The position as it stood then, said as such.
    expect(body).toContain("Then ● Strongly for since 3 Mar 2025");
    expect(body).toContain(before.slice(0, 40));
    expect(body).not.toContain(after.slice(0, 40));
  });

  test("an as-of value that cannot be shown gets a message and today's page, never an error", async ({ page }) => {
    const cases = [
      ["yesterday", /“yesterday” is not a date\. Write the day as YYYY-MM-DD/],
      ["2999-01-01", /1 Jan 2999 is in the future/],
      ["2000-01-01", /Nothing had been recorded by 1 Jan 2000: the record begins on/],
    ] as const;
    for (const [value, message] of cases) {
      for (const view of ["/", "/topics/defence-spending"]) {
        const response = await page.goto(`${view}?asOf=${value}`);
        expect(response?.status(), `${view}?asOf=${value}`).toBe(200);
        await expect(page.getByRole("alert").filter({ hasText: message })).toContainText("Showing today’s version.");
      }
    }
    const pdf = await page.request.get("/topics/defence-spending/export.pdf?asOf=2999-01-01");
    expect(pdf.status()).toBe(400);
    expect(await pdf.text()).toMatch(/in the future.*Nothing was exported/);
  });
});
