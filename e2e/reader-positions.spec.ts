import { axeViolations, expect, signIn, test, WCAG_TAGS } from "./fixtures";

// Every reader page, in both colour schemes, at a phone's width and a desktop's: nothing serious
// or critical for axe, and nothing wider than the screen. Each page loads once and is checked in
// the four views in turn (the pages adapt through CSS media queries alone); soft assertions let
// every view report.
const READER_PAGES = [
  "/",
  "/?topic=defence-spending&from=2025-01-01",
  "/topics",
  "/topics/military-aid-to-ukraine",
  "/topics/defence-spending",
  "/speakers",
  "/speakers/mark-rutte",
  "/no-such-page",
];

test.describe("reader pages in light and dark", () => {
  for (const path of [...READER_PAGES, "permalink"]) {
    test(`${path} passes axe at 375 and 1440 px in light and dark mode`, async ({ page }) => {
      test.setTimeout(240_000);
      if (path === "permalink") {
        await page.goto("/?order=oldest");
        await page.locator("article a.permalink").first().click();
        await expect(page).toHaveURL(/\/statements\/\d+$/);
      } else {
        await page.goto(path);
      }
      for (const colorScheme of ["light", "dark"] as const) {
        for (const width of [375, 1440]) {
          const view = `${path} at ${width} px in ${colorScheme} mode`;
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: 900 });
          // Styles and layout for the new view are in place once the browser has painted it.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const violations = await axeViolations(page, [...WCAG_TAGS, "best-practice"]);
          const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "landmark-unique");
          expect
            .soft(
              blocking.map(
                (v) =>
                  `${v.id} — ${v.nodes
                    .map((n) => n.target.join(" "))
                    .slice(0, 3)
                    .join(", ")}`,
              ),
              view,
            )
            .toEqual([]);
          expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), view).toBeLessThanOrEqual(0);
        }
      }
    });
  }
});

test.describe("positions", () => {
  test("the topic view names the changes a careful analyst would: Rutte on military aid has no reversal", async ({ page }) => {
    await page.goto("/topics/military-aid-to-ukraine?speaker=mark-rutte");
    await expect(page.getByTestId("position-headline")).toHaveText(/^For and Strongly for since Oct 2024; .*no reversal\.$/);
    await expect(page.getByText(/on 8 occasions; [01] changes? of position\./)).toBeVisible();
    await expect(page.getByText(/11 changes/)).toHaveCount(0);
    // The chart's text equivalent lists each occasion once.
    await page.getByText("The chart as a table").click();
    await expect(page.getByRole("table").first().getByRole("row")).toHaveCount(9);
  });

  test("the speaker page shows each topic's position, not the stance of whichever statement sorts last", async ({ page }) => {
    await page.goto("/speakers/mark-rutte");
    const row = page.getByRole("row", { name: /Military aid to Ukraine/ });
    await expect(row).toContainText("For");
    await expect(row).toContainText("Strongly for");
    await expect(row).toContainText("since 1 Oct 2024");
  });
});

test.describe("the timeline's month strip", () => {
  test("labels months on its axis and names each month's values on keyboard focus, at both widths", async ({ page }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?topic=military-aid-to-ukraine");
      const strip = page.locator("figure", { has: page.getByRole("group", { name: /^Statements per month/ }) });
      // The axis names months (fewer on a phone), the year at January.
      await expect(strip.getByText("Jan 2025", { exact: true }).filter({ visible: true })).toHaveCount(1);
      await expect(strip.getByText("Jul", { exact: true }).filter({ visible: true })).toHaveCount(1);
      const links = strip.getByRole("group", { name: /^Statements per month/ }).getByRole("link");
      // Each month's link is named by its values: month, count and counts by stance.
      await expect(links.first()).toHaveAccessibleName(/^[A-Z][a-z]{2} \d{4}: \d+ statements? \(\d+ (Strongly for|For)/);
      for (const link of [links.first(), links.last()]) {
        await link.focus();
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        await expect(link).toBeFocused();
        const tip = link.locator(".month-strip-tip");
        const box = (await tip.boundingBox())!;
        expect(box.width, `values shown at ${width} px`).toBeGreaterThan(60);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await tip.textContent()).toMatch(/^[A-Z][a-z]{2} \d{4}: \d+ statements?/);
      }
      // Without focus or hover the values take no room.
      await page.locator("h1").click();
      expect((await links.first().locator(".month-strip-tip").boundingBox())!.width).toBeLessThanOrEqual(1);
    }
  });
});

test.describe("stance badges", () => {
  test("“Strongly for” and its “(committed)” meet WCAG AA contrast in light and dark mode", async ({ page }) => {
    await page.goto("/topics/military-aid-to-ukraine?speaker=mark-rutte");
    const badge = page.locator(".stance-strongly_for", { hasText: "(committed)" }).first();
    await expect(badge).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const ratios = await badge.evaluate((element) => {
        // Any CSS colour (Tailwind's are oklch) to sRGB, through a canvas pixel.
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 1;
        const context = canvas.getContext("2d", { willReadFrequently: true })!;
        const rgb = (color: string) => {
          context.clearRect(0, 0, 1, 1);
          context.fillStyle = color;
          context.fillRect(0, 0, 1, 1);
          return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((v) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi! + 0.05) / (lo! + 0.05);
        };
        const background = getComputedStyle(element).backgroundColor;
        const hedging = element.querySelector("span")!;
        return {
          label: contrast(getComputedStyle(element).color, background),
          hedging: contrast(getComputedStyle(hedging).color, background),
          fontSize: parseFloat(getComputedStyle(element).fontSize),
        };
      });
      // Text under 18.66 px (or 24 px) needs 4.5:1.
      expect(ratios.fontSize).toBeLessThan(18.66);
      expect(ratios.label, colorScheme).toBeGreaterThanOrEqual(4.5);
      expect(ratios.hedging, colorScheme).toBeGreaterThanOrEqual(4.5);
      // And axe, which the reader-page matrix runs on this page, finds no contrast problem in them.
      const violations = await axeViolations(page, ["wcag2aa"]);
      expect(violations.filter((v) => v.id === "color-contrast").flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
    }
  });
});

test.describe("reader defects", () => {
  test("a page past the end says so and links to the last page", async ({ page }) => {
    await page.goto("/?page=999");
    await expect(page.getByText(/Page 999 is past the end/)).toBeVisible();
    await expect(page.getByText("No statements have been published yet")).toHaveCount(0);
    await expect(page.getByText(/Page 999 of/)).toHaveCount(0);
    await page.getByRole("link", { name: /Go to the last page/ }).click();
    await expect(page.locator("main article").first()).toBeVisible();
  });

  test("an impossible date in the URL gets a notice instead of being ignored silently", async ({ page }) => {
    await page.goto("/?from=2025-13-45");
    await expect(page.getByText(/The start date “2025-13-45” is not a date/)).toBeVisible();
  });

  test("empty parameters are dropped from the URL, and applying filters moves focus to the results", async ({ page }) => {
    await page.goto("/?q=&from=&to=&kind=quote");
    await expect(page).toHaveURL(/\/\?kind=quote$/);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/");
    await page.getByLabel("Search").fill("Ukraine");
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(/\/\?q=Ukraine$/);
    await expect(page.locator("#results-heading")).toBeFocused();
  });

  test("a keyboard user reaches Apply filters within a few tabs of the search box", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/");
    await page.getByLabel("Search").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Apply filters" }).first()).toBeFocused();
  });

  test("readers are not offered speakers without statements, nor empty facet headings", async ({ page }) => {
    await page.goto("/speakers");
    await expect(page.getByText(/\b0 published statements/)).toHaveCount(0);
    await page.goto("/?q=zzzzqqqq");
    await expect(page.getByText("No results.")).toBeVisible();
    await expect(page.locator("fieldset legend", { hasText: "Speakers" })).toHaveCount(0);
    await expect(page.locator("fieldset legend", { hasText: "Source kind" })).toHaveCount(0);
  });

  test("the 404 page has its own title, the site a favicon, and signed-in analysts no sign-in link", async ({ page }) => {
    await page.goto("/no-such-page");
    await expect(page).toHaveTitle(/^Page not found · /);
    expect((await page.request.get("/icon.svg")).status()).toBe(200);
    await expect(page.locator('head link[rel="icon"]')).toHaveCount(1);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Analyst sign-in" })).toBeVisible();
    await signIn(page, "analyst");
    await page.goto("/");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Analyst sign-in" })).toHaveCount(0);
  });

  test("a permalink says a date's precision once, and the timeline uses one date format", async ({ page }) => {
    await page.goto("/?speaker=mark-rutte&from=2025-04-01&order=oldest");
    const headings = await page.locator("h3.timeline-period").allTextContents();
    expect(headings.every((h) => /^([A-Z][a-z]{2} \d{4}|\d{4}(–\d{4})?)$/.test(h))).toBe(true);
    const month = page.locator("main article", { has: page.locator("time", { hasText: /^[A-Z][a-z]{2} \d{4}$/ }) }).first();
    await month.getByRole("link", { name: /Permalink/ }).click();
    const date = page.locator("dd", { has: page.locator("time") }).first();
    await expect(date).toHaveText(/^[A-Z][a-z]{2} \d{4} \(known only to the month\)$/);
  });

  test("speaker names in statement cards look like links", async ({ page }) => {
    await page.goto("/");
    const link = page.locator("main article header a").first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain("underline");
  });
});
