// Reader pages come from the page cache, and a write is never followed by a stale page: an analyst
// edits a statement, and a reader's next view of its permalink, the timeline and the speaker's
// filtered timeline shows the edit. Guards the cache's two boundaries, not its speed: invalidation
// (triggers in the write's transaction, checked on every cached read), and signed-in pages (the
// staff bar, drafts) never served from nor stored in the readers' cache.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function readerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** Loads a page and says whether it came from the page cache ("HIT"), was stored ("MISS"), or neither. */
async function view(page: Page, path: string): Promise<string | undefined> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return response?.headers()["x-nextjs-cache"];
}

/** Replaces a statement's text through the edit form and returns the text it had. */
async function editText(analystPage: Page, permalink: string, text: string): Promise<string> {
  await analystPage.goto(permalink);
  await analystPage.getByRole("link", { name: "Edit statement" }).click();
  await analystPage.waitForURL(/\/manage\/statements\/\d+\/edit$/);
  const field = analystPage.getByLabel("Text *");
  const before = await field.inputValue();
  await field.fill(text);
  await analystPage.getByRole("button", { name: "Save changes" }).click();
  await expect(analystPage).toHaveURL(/\?saved=updated$/);
  return before;
}

test.describe("the page cache", () => {
  test("serves repeated reader views from the cache and shows an analyst's edit on the next view", async ({ analystPage, browser }) => {
    const reader = await readerPage(browser);
    await reader.goto("/");
    const permalink = await reader.locator('main a[href^="/statements/"]').first().getAttribute("href");
    expect(permalink).toMatch(/^\/statements\/\d+$/);
    await reader.goto(permalink!);
    // The speaker's name heads every permalink and links to their page.
    const speakerHref = await reader.getByRole("heading", { level: 1 }).getByRole("link").getAttribute("href");
    const speakerTimeline = `/?speaker=${speakerHref!.split("/").pop()}`;

    const pages = [permalink!, "/", speakerTimeline, speakerHref!];
    for (const path of pages) await view(reader, path);
    for (const path of pages) expect(await view(reader, path), path).toBe("HIT");

    const edited = `Edited for the page cache test ${Date.now()}.`;
    const original = await editText(analystPage, permalink!, edited);

    // (A page may already have been rendered again for another request: what counts is its text.)
    for (const path of [permalink!, "/", speakerTimeline]) {
      await view(reader, path);
      await expect(reader.getByText(edited).first(), path).toBeVisible();
    }
    // Cached again until the next write.
    expect(await view(reader, permalink!)).toBe("HIT");
    await reader.context().close();
    // Later tests on this worker's database meet the statement as it was.
    await editText(analystPage, permalink!, original);
  });

  test("a signed-in analyst's pages are never served from or stored in the readers' cache", async ({ analystPage, browser }) => {
    const reader = await readerPage(browser);
    const staffBar = (page: Page) => page.getByRole("navigation", { name: "Manage" });

    // The analyst first: what they are shown must not become what readers get.
    for (const path of ["/", "/topics/defence-spending"]) {
      expect(await view(analystPage, path), path).toBeUndefined();
      await expect(staffBar(analystPage), path).toBeVisible();
      await expect(analystPage.getByRole("button", { name: "Sign out" }), path).toBeVisible();

      await view(reader, path);
      expect(await view(reader, path), path).toBe("HIT");
      await expect(staffBar(reader), path).toHaveCount(0);
      await expect(reader.getByRole("button", { name: "Sign out" }), path).toHaveCount(0);
      await expect(reader.getByRole("contentinfo").getByRole("link", { name: "Analyst sign-in" }), path).toBeVisible();

      // And the readers' cached page is never what the analyst gets.
      expect(await view(analystPage, path), path).toBeUndefined();
      await expect(staffBar(analystPage), path).toBeVisible();
    }

    // The cached twins are not addressable themselves.
    const direct = await reader.goto("/cached/timeline/x");
    expect(direct?.status()).toBe(404);
    await reader.context().close();
  });
});
