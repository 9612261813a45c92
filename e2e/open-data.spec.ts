import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";

test.describe("open data", () => {
  test("the timeline's export links download the current view as CSV and JSON", async ({ page }) => {
    await page.goto("/?topic=defence-spending&kind=quote");
    const total = Number((await page.getByText(/^\d+ statements? match/).textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(0);

    const csvLink = page.getByRole("link", { name: "CSV", exact: true });
    await expect(csvLink).toHaveAttribute("href", "/export/statements.csv?topic=defence-spending&kind=quote");
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^statements-defence-spending-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows: Record<string, string>[] = parse(readFileSync(await csvDownload.path()), { bom: true, columns: true });
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(row.topic_slugs!.split("\n")).toContain("defence-spending");
      expect(row.kind).toBe("QUOTE");
    }

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "JSON", exact: true }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    const document = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
    expect(document.count).toBe(total);
    expect(document.statements.map((s: { id: number }) => s.id)).toEqual(rows.map((r) => Number(r.id)));
  });

  test("pages name their Atom feed in the head, and the feeds are Atom", async ({ page }) => {
    for (const [path, feed] of [
      ["/", "/feeds/statements.atom"],
      ["/topics/defence-spending", "/feeds/topics/defence-spending.atom"],
      ["/speakers/mark-rutte", "/feeds/speakers/mark-rutte.atom"],
    ]) {
      await page.goto(path!);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feed!);
      const response = await page.request.get(feed!);
      expect(response.status(), feed).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(xml).toContain("<entry>");
    }
    await page.goto("/speakers/mark-rutte");
    await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/feeds/speakers/mark-rutte.atom");
  });

  test("/api/openapi.json loads and describes an API that answers", async ({ page }) => {
    const response = await page.goto("/api/openapi.json");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["access-control-allow-origin"]).toBe("*");
    const document = await response!.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/statements");

    const statements = await page.request.get("/api/statements?topic=defence-spending&limit=5");
    expect(statements.status()).toBe(200);
    const body = await statements.json();
    expect(body.data).toHaveLength(5);
    const next = await page.request.get(body.links.next);
    expect((await next.json()).data[0].id).not.toBe(body.data[0].id);
    expect((await page.request.get("/api/statements?stance=sideways")).status()).toBe(400);
  });
});
