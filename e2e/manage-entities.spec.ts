// Analysts manage speakers, sources, events and topics in the browser: create, edit with
// history, validation errors that keep what was typed, soft delete and restore, a form that works
// without JavaScript, and every form accessible and usable at phone width.
import type { Page } from "@playwright/test";
import { account, expect, test } from "./fixtures";

const run = Date.now().toString(36);

async function atPhoneWidth(page: Page, check: () => Promise<void>, fitsWidth: () => Promise<void>) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await fitsWidth();
  await check();
  if (desktop) await page.setViewportSize(desktop);
}

test.describe("managing entities", () => {
  test("speaker: create with two roles and other names, edit it, see its history", async ({ analystPage: page, a11y }) => {
    const name = `Jens Stoltenberg ${run}`;
    await page.goto("/manage/speakers/new");
    await expect(page.getByRole("heading", { level: 1, name: "New speaker" })).toBeVisible();
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);

    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel("Other name 1").fill("Stoltenberg");
    await page.getByRole("button", { name: "Add another name" }).click();
    await page.getByLabel("Other name 3").fill("NATO chief");
    const role1 = page.getByRole("group", { name: "Role 1" });
    await role1.getByLabel("Title").fill("Secretary General");
    await role1.getByLabel("Organisation").fill("NATO");
    await role1.getByLabel("From").fill("2014-10-01");
    await role1.getByLabel("Until").fill("2024-09-30");
    const role2 = page.getByRole("group", { name: "Role 2" });
    await role2.getByLabel("Title").fill("Minister of Finance");
    await role2.getByLabel("Organisation").fill("Norway");
    await role2.getByLabel("From").fill("2025-02-04");
    await page.getByRole("button", { name: "Create speaker" }).click();

    await expect(page).toHaveURL(/\/manage\/speakers\/\d+\/edit\?saved=created$/);
    await expect(page.getByRole("status").filter({ hasText: "Speaker created." })).toBeVisible();
    await expect(page.getByLabel("Other name 2")).toHaveValue("NATO chief");
    await expect(page.getByRole("group", { name: "Role 2" }).getByLabel("Title")).toHaveValue("Minister of Finance");

    await page.getByLabel("Description").fill("Norwegian politician.");
    await page.getByRole("button", { name: "Remove other name 2" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Speaker saved." })).toBeVisible();

    const history = page.getByRole("region", { name: "History" });
    const edited = history.getByRole("listitem").filter({ hasText: "Edited by E2E analyst" });
    await expect(edited).toContainText("Norwegian politician.");
    await expect(edited).toContainText("Other names");
    await expect(edited.locator("del")).toContainText(["NATO chief"]);
    await expect(history.getByRole("listitem").filter({ hasText: "Created by E2E analyst" })).toContainText(
      "Minister of Finance, Norway (2025-02-04 – now)",
    );
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);

    await page.goto(`/manage/speakers?q=${encodeURIComponent("NATO chief")}`);
    await expect(page.getByRole("link", { name })).toHaveCount(0); // the alias was removed
    await page.goto(`/manage/speakers?q=${encodeURIComponent("Stoltenberg")}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
    await a11y.check();
  });

  test("source: a bad address is refused at the field and the input kept; fixed, it is saved", async ({ analystPage: page, a11y }) => {
    const title = `Press conference by the Secretary General ${run}`;
    await page.goto("/manage/sources/new");
    await a11y.check();
    await page.getByLabel("Web address").fill("www.nato.int/cps/en/natohq/opinions.htm");
    await page.getByLabel(/^Title/).fill(title);
    await page.getByLabel("Outlet").fill("NATO");
    await page.getByLabel("Kind").selectOption("OFFICIAL_TRANSCRIPT");
    await page.getByLabel("Full text").fill("Good afternoon.\nWe agreed on a new defence investment plan.");
    await page.getByRole("button", { name: "Create source" }).click();

    const url = page.getByLabel("Web address");
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a web address starting with http:// or https://.", { exact: true })).toBeVisible();
    await expect(url).toHaveValue("www.nato.int/cps/en/natohq/opinions.htm");
    await expect(page.getByLabel(/^Title/)).toHaveValue(title);
    await expect(page.getByLabel("Kind")).toHaveValue("OFFICIAL_TRANSCRIPT");
    await expect(page.getByLabel("Full text")).toHaveValue(/new defence investment plan/);
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);

    await url.fill(`HTTPS://www.NATO.int/cps/en/natohq/opinions-${run}.htm?utm_source=newsletter#top`);
    await page.getByRole("button", { name: "Create source" }).click();
    await expect(page).toHaveURL(/\/manage\/sources\/\d+\/edit\?saved=created$/);
    await expect(page.getByLabel("Web address")).toHaveValue(`https://www.nato.int/cps/en/natohq/opinions-${run}.htm`);
    await expect(page.getByLabel("Full text")).toHaveAccessibleDescription(/Fingerprint \(SHA-256\): [0-9a-f]{16}…/);
    await a11y.check();
  });

  test("topic: create one with its proposition", async ({ analystPage: page, a11y }) => {
    const name = `Defence spending ${run}`;
    await page.goto("/manage/topics/new");
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel(/^Proposition/).fill("NATO allies should spend at least 5% of GDP on defence");
    await page.getByRole("button", { name: "Create topic" }).click();
    await expect(page).toHaveURL(/\/manage\/topics\/\d+\/edit\?saved=created$/);
    await expect(page.getByLabel("Slug")).toHaveValue(`defence-spending-${run}`);
    await page.goto("/manage/topics");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);
  });

  test("event: create, delete and restore", async ({ analystPage: page, a11y }) => {
    const name = `NATO Summit press conference ${run}`;
    await page.goto("/manage/events/new");
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel("Kind").selectOption("PRESS_CONFERENCE");
    await page.getByLabel("Date").fill("2025-06-25");
    await page.getByLabel("Location").fill("The Hague");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page).toHaveURL(/\/manage\/events\/\d+\/edit\?saved=created$/);
    await a11y.check();

    await page.getByRole("button", { name: "Delete event" }).click();
    await expect(page).toHaveURL(/\/manage\/events\?deleted=\d+$/);
    await expect(page.getByRole("status").filter({ hasText: "Event deleted." })).toBeVisible();
    const deleted = page.getByRole("region", { name: /Deleted events/ });
    await expect(deleted.getByRole("link", { name })).toBeVisible();
    await a11y.check();
    await atPhoneWidth(page, a11y.check, a11y.fitsWidth);

    await deleted.getByRole("button", { name: `Restore ${name}` }).click();
    await expect(page).toHaveURL(/\/manage\/events\/\d+\/edit\?saved=restored$/);
    await expect(page.getByRole("status").filter({ hasText: "Event restored." })).toBeVisible();
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("listitem")).toHaveText([
      /^Restored by E2E analyst/,
      /^Deleted by E2E analyst/,
      /^Created by E2E analyst/,
    ]);
    await page.goto("/manage/events");
    await expect(page.getByRole("region", { name: /Deleted events/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name })).toBeVisible();
  });

  test("speaker form works without JavaScript: spare role rows, errors and kept input", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const signedIn = await context.request.post("/api/auth/session", { data: account("analyst") });
    expect(signedIn.status()).toBe(200);
    const page = await context.newPage();
    const name = `Kaja Kallas ${run}`;

    await page.goto("/manage/speakers/new");
    await expect(page.getByRole("button", { name: "Add role" })).toHaveCount(0);
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel("Other name 2").fill("Kallas");
    const role2 = page.getByRole("group", { name: "Role 2" });
    await role2.getByLabel("Title").fill("High Representative");
    await role2.getByLabel("Organisation").fill("European Union");
    await role2.getByLabel("From").fill("2999-12-01");
    await page.getByRole("button", { name: "Create speaker" }).click();

    await expect(page).toHaveURL(/\/manage\/speakers\/new$/);
    await expect(role2.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
    await expect(role2.getByText("This date is in the future.")).toBeVisible();
    await expect(role2.getByLabel("Title")).toHaveValue("High Representative");
    await expect(page.getByLabel("Other name 2")).toHaveValue("Kallas");

    await role2.getByLabel("From").fill("2024-12-01");
    await page.getByRole("button", { name: "Create speaker" }).click();
    await expect(page).toHaveURL(/\/manage\/speakers\/\d+\/edit\?saved=created$/);
    await expect(page.getByRole("group", { name: "Role 1" }).getByLabel("Title")).toHaveValue("High Representative");
    await expect(page.getByLabel("Other name 1")).toHaveValue("Kallas");
    await context.close();
  });
});
