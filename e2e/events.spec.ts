// Events for readers: the index of occasions with what was said at each, filtered by kind, and an
// event's page reached from a statement's occasion; accessible at phone and desktop width.
import { expect, test } from "./fixtures";

test("a statement's occasion leads to its event, and the events index lists and filters occasions", async ({ page, a11y }) => {
  // From a card on the timeline whose occasion is named, to that event's page.
  await page.goto("/");
  const occasion = page.locator("main article .occasion a").first();
  const eventName = (await occasion.textContent())!.trim();
  await occasion.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventName);
  await expect(page.getByText(/^\d+ published statements?, in the order they were made\./)).toBeVisible();
  const cards = page.locator("main article article");
  expect(await cards.count()).toBeGreaterThan(0);
  // Every statement listed was made there.
  for (const text of await cards.locator(".occasion").allTextContents()) expect(text).toContain(eventName);
  await a11y.check();

  // The index: every listed event links to its page and says how many statements it holds.
  await page.getByRole("link", { name: "All events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByRole("link", { name: eventName })).toBeVisible();
  await expect(page.getByRole("link", { name: "All kinds" })).toHaveAttribute("aria-current", "page");
  await a11y.check();

  // Filtering by a kind keeps only events of that kind, and marks the chosen kind.
  await page.getByRole("navigation", { name: "Kinds of event" }).getByRole("link", { name: "Press conference" }).click();
  await expect(page).toHaveURL(/\/events\?kind=PRESS_CONFERENCE$/);
  await expect(page.getByRole("link", { name: "Press conference" })).toHaveAttribute("aria-current", "page");
  const kinds = await page.locator("main ol > li > p:first-child").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const line of kinds) expect(line).toContain("Press conference");

  // Every kind lists only its own events, or says it has none; an unknown kind shows them all.
  for (const [kind, label] of [
    ["VIDEO_ADDRESS", "Video address"],
    ["DOORSTEP", "Doorstep"],
    ["OTHER", "Other occasion"],
  ] as const) {
    await page.goto(`/events?kind=${kind}`);
    const lines = await page.locator("main ol > li > p:first-child").allTextContents();
    if (lines.length === 0) await expect(page.getByText(`No ${label.toLowerCase()} events with published statements yet.`)).toBeVisible();
    for (const line of lines) expect(line).toContain(label);
  }
  await page.goto("/events?kind=constructor");
  await expect(page.getByRole("link", { name: "All kinds" })).toHaveAttribute("aria-current", "page");
});

test("an unknown or malformed event id is the site's 404", async ({ page }) => {
  for (const id of ["99999999", "abc", "-1", "1.5"]) {
    const response = await page.goto(`/events/${id}`);
    expect(response?.status()).toBe(404);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`events pages fit a phone in ${colorScheme} mode`, async ({ page, a11y }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/events");
    await a11y.check();
    await a11y.fitsWidth();
    await page.locator("main ol > li h2 a").first().click();
    await expect(page.locator("main article article").first()).toBeVisible();
    await a11y.check();
    await a11y.fitsWidth();
  });
}
