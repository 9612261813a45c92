import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Fails on any axe violation of serious or critical impact, listing them. */
async function checkAccessibility(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
  ).toEqual([]);
}

/** Fails when the page is wider than its viewport (content cut off on a phone). */
async function checkNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export const test = base.extend<{ a11y: { check: () => Promise<void>; fitsWidth: () => Promise<void> } }>({
  a11y: async ({ page }, use) => {
    await use({ check: () => checkAccessibility(page), fitsWidth: () => checkNoHorizontalScroll(page) });
  },
});

export { expect };
