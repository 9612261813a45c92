import { test as base, expect, type Cookie, type Page } from "@playwright/test";
import axe from "axe-core";

export type TestRole = "admin" | "analyst";

/** The accounts `npm run test:e2e` creates on the test server for this run. */
export function account(role: TestRole): { email: string; password: string } {
  const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
  const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
  if (!email || !password) throw new Error("Run the browser tests through `npm run test:e2e`.");
  return { email, password };
}

/** Signs the page's browser context in through the sign-in API (the form has its own test). */
export async function signIn(page: Page, role: TestRole): Promise<void> {
  const response = await page.request.post("/api/auth/session", { data: account(role) });
  expect(response.status(), await response.text()).toBe(200);
}

/** Opens the permalink of the first statement a timeline URL lists; returns its path. */
export async function openFirstPermalink(page: Page, timelineUrl: string): Promise<string> {
  await page.goto(timelineUrl);
  await page
    .locator("main article")
    .first()
    .getByRole("link", { name: /Permalink/ })
    .click();
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  return new URL(page.url()).pathname;
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The axe-core violations of the page's current document for the rules with these tags: what
 * AxeBuilder's `withTags(tags).analyze()` finds (the pages have no frames). axe-core is injected
 * once per document, so a page checked again after a change of width or colour scheme does not
 * compile it again (AxeBuilder injects it twice per call and merges results in a new page: on a
 * small page that took three times as long as the check itself).
 */
export async function axeViolations(page: Page, tags: string[]): Promise<axe.Result[]> {
  // Check the document the test arrived at, not one still being swapped in: after a form's
  // redirect the new page's streamed metadata (its <title>) lands a moment after the body.
  await page.waitForLoadState("load");
  await expect(page, "every page has a title").toHaveTitle(/\S/);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (values) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] })
        .then((results) => results.violations),
    tags,
  );
}

/** Fails on any axe violation of serious or critical impact, listing them. */
async function checkAccessibility(page: Page): Promise<void> {
  const violations = await axeViolations(page, WCAG_TAGS);
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/** Fails when the page is wider than its viewport (content cut off on a phone). */
async function checkNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export const test = base.extend<
  {
    a11y: { check: () => Promise<void>; fitsWidth: () => Promise<void> };
    analystPage: Page;
    adminPage: Page;
  },
  { sessionCookies: (role: TestRole) => Promise<Cookie[]> }
>({
  // One sign-in per role and worker (each worker has a server and database of its own): a sign-in
  // costs the server a full-strength password hash, and no test ends these accounts' sessions.
  sessionCookies: [
    async ({ playwright }, use, workerInfo) => {
      const signedIn = new Map<TestRole, Promise<Cookie[]>>();
      await use((role) => {
        if (!signedIn.has(role))
          signedIn.set(
            role,
            (async () => {
              const session = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
              try {
                const response = await session.post("/api/auth/session", { data: account(role) });
                expect(response.status(), await response.text()).toBe(200);
                return (await session.storageState()).cookies;
              } finally {
                await session.dispose();
              }
            })(),
          );
        return signedIn.get(role)!;
      });
    },
    { scope: "worker" },
  ],
  a11y: async ({ page }, use) => {
    await use({ check: () => checkAccessibility(page), fitsWidth: () => checkNoHorizontalScroll(page) });
  },
  analystPage: async ({ page, sessionCookies }, use) => {
    await page.context().addCookies(await sessionCookies("analyst"));
    await use(page);
  },
  adminPage: async ({ page, sessionCookies }, use) => {
    await page.context().addCookies(await sessionCookies("admin"));
    await use(page);
  },
});

export { expect };
