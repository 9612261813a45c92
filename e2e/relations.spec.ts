// Typed links between statements, end to end: an analyst links a statement to an earlier one on
// the form ("walks back"); the link shows on both permalinks, in the statement's history, and on
// the topic view beside the change of position it explains (in words and on the chart), also
// without JavaScript; the pages stay accessible and fit a phone.
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const run = Date.now().toString(36);
const REPORTS = path.join(process.cwd(), "reports", "e2e");

async function save(page: Page, fill: () => Promise<void>): Promise<string> {
  await page.goto("/manage/statements/new");
  await fill();
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Published", { exact: true }).check();
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
  return /\/statements\/(\d+)/.exec(page.url())![1]!;
}

test.describe("links between statements", () => {
  test("a walk-back entered on the form shows on both permalinks, in the history and beside the change on the topic view", async ({
    analystPage: page,
    a11y,
    browser,
  }) => {
    const name = `Linked Speaker ${run}`;
    const speaker = `linked-speaker-${run}`; // the slug made from the new speaker's name
    const earlier = `We will give Ukraine everything it needs for as long as it takes, ${run}.`;
    const later = `Our aid to Ukraine will now depend on what allies can spare, ${run}.`;

    // A statement by a new speaker, so that no earlier stance asks for a shift note.
    const earlierId = await save(page, async () => {
      await page.getByLabel("Speaker *").selectOption({ label: "New speaker (fill in below)" });
      await page.getByLabel("New speaker's name").fill(name);
      await page.getByLabel("Day", { exact: true }).fill("2025-03-03");
      await page.getByLabel("Text *").fill(earlier);
      const topic = page.getByRole("group", { name: "Topic 1" });
      await topic.getByLabel("Topic").selectOption({ label: "Military aid to Ukraine" });
      await topic.getByLabel("Stance").selectOption({ label: "Strongly for" });
    });

    const beforeLink = new Date().toISOString();

    // Three months later, softer, walking the first one back.
    const laterId = await save(page, async () => {
      await page.getByLabel("Speaker *").selectOption({ label: name });
      await page.getByLabel("Day", { exact: true }).fill("2025-06-03");
      await page.getByLabel("Text *").fill(later);
      const topic = page.getByRole("group", { name: "Topic 1" });
      await topic.getByLabel("Topic").selectOption({ label: "Military aid to Ukraine" });
      await topic.getByLabel("Stance").selectOption({ label: "For" });
      await topic.getByLabel("Why the position moved (optional)").fill("Budget pressure");
      const link = page.getByRole("group", { name: "Link 1" });
      await link.getByLabel("This statement…").selectOption({ label: "Walks back" });
      await link.getByLabel("Other statement").fill(`#${earlierId}`);
      await link.getByLabel("Note (optional)").fill("No longer everything it needs");
    });

    const afterLink = new Date().toISOString();

    // Both permalinks, each from its own end.
    const related = page.getByRole("region", { name: "Related statements" });
    await expect(related.locator('[data-link-type="WALKS_BACK"]')).toContainText("Walks back");
    await expect(related.getByRole("link", { name: `${name}, 3 Mar 2025` })).toHaveAttribute("href", `/statements/${earlierId}`);
    await expect(related).toContainText("Note: No longer everything it needs");
    // The history records the link with the statement.
    await expect(page.getByRole("region", { name: "History" })).toContainText(`walks back statement #${earlierId} (${name})`);
    await page.goto(`/statements/${earlierId}`);
    await expect(related.locator('[data-link-type="WALKS_BACK"]')).toContainText("Walked back by");
    await expect(related.getByRole("link", { name: `${name}, 3 Jun 2025` })).toHaveAttribute("href", `/statements/${laterId}`);
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await a11y.check();
      await a11y.fitsWidth();
      await related.screenshot({ path: path.join(REPORTS, `relations-permalink-${width}.png`) });
    }

    // The topic view: the note beside the softening, its date a link, and a connector on the chart.
    const topicView = `/topics/military-aid-to-ukraine?speaker=${speaker}`;
    await page.goto(topicView);
    const changes = page.getByTestId("position-changes");
    await expect(changes).toContainText(/Softened:\s*3 Jun 2025, Strongly for → For/);
    const note = changes.locator('[data-link-type="WALKS_BACK"]');
    await expect(note).toHaveText(/walks back the statement of 3 Mar 2025 \(note: No longer everything it needs\)/);
    await expect(note.getByRole("link", { name: "3 Mar 2025" })).toHaveAttribute("href", `/statements/${earlierId}`);
    await expect(page.getByTestId("stance-chart-links").locator('path[data-link-type="WALKS_BACK"]')).toHaveCount(1);
    await expect(page.locator("figure", { has: page.getByTestId("stance-chart-links") }).locator("figcaption")).toContainText(
      "A solid curve joins a statement to the one it walks back or contradicts.",
    );
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await a11y.check();
        await a11y.fitsWidth();
        if (colorScheme === "light") {
          await page
            .locator("section", { has: page.getByTestId("position-changes") })
            .screenshot({ path: path.join(REPORTS, `relations-topic-${width}.png`) });
        }
      }
    }
    await page.emulateMedia({ colorScheme: "light" });

    // Without JavaScript the topic view says and draws the same.
    const plain = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false });
    const reader = await plain.newPage();
    await reader.goto(topicView);
    await expect(reader.getByTestId("position-changes").locator('[data-link-type="WALKS_BACK"]')).toContainText(
      "walks back the statement of 3 Mar 2025",
    );
    await expect(reader.getByTestId("stance-chart-links").locator("path")).toHaveCount(1);
    await plain.close();

    // As recorded before the walk-back was entered there is neither it nor its link; after, both.
    await page.goto(`${topicView}&asOf=${encodeURIComponent(beforeLink)}`);
    await expect(page.getByRole("heading", { name: /position as recorded on/ })).toBeVisible();
    await expect(page.locator('[data-link-type="WALKS_BACK"]')).toHaveCount(0);
    await page.goto(`${topicView}&asOf=${encodeURIComponent(afterLink)}`);
    const pastNote = page.getByTestId("position-changes").locator('[data-link-type="WALKS_BACK"]');
    await expect(pastNote).toContainText("walks back the statement of 3 Mar 2025");
    await expect(pastNote.getByRole("link", { name: "3 Mar 2025" })).toHaveAttribute(
      "href",
      new RegExp(`^/statements/${earlierId}\\?asOf=`),
    );
    await a11y.check();
  });
});
