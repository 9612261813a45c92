// Account administration end to end: only admins reach it, an anonymous or analyst POST to its
// server action writes nothing, and disabling or resetting an account ends its sessions at once.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

const uniqueEmail = () => `analyst-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

async function signInWith(request: APIRequestContext, email: string, password: string) {
  return (await request.post("/api/auth/session", { data: { email, password } })).status();
}

async function isSignedIn(page: Page) {
  await page.goto("/");
  return (await page.getByRole("button", { name: "Sign out" }).count()) > 0;
}

async function newSession(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test.describe("user administration", () => {
  test("is for admins: anonymous visitors sign in first, analysts get a 404", async ({ page, browser }) => {
    await page.goto("/admin/users/1");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers%2F1$/);

    const analyst = await newSession(browser);
    await signIn(analyst.page, "analyst");
    const response = await analyst.page.goto("/admin/users");
    expect(response?.status()).toBe(404);
    await expect(analyst.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await analyst.context.close();
  });

  test("admin creates an analyst, disables, re-enables and resets them; sessions follow", async ({ adminPage: page, browser, a11y }) => {
    // Six full-strength password hashes on the server: on a loaded machine this took over 3 minutes.
    test.setTimeout(360_000);
    const email = uniqueEmail();
    const firstPassword = "first password for e2e";
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await a11y.check();

    // Bad input: messages at the fields, everything typed kept.
    const create = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
    await create.evaluate((form) => form.setAttribute("novalidate", ""));
    await create.getByLabel("Name").fill("E2E Analyst");
    await create.getByLabel("Email address").fill("not-an-email");
    await create.getByLabel("Password").fill("short");
    await create.getByRole("button", { name: "Create account" }).click();
    await expect(create.getByText("Enter an email address like name@example.org.", { exact: true })).toBeVisible();
    await expect(create.getByText("Use at least 12 characters.", { exact: true })).toBeVisible();
    await expect(create.getByLabel("Name")).toHaveValue("E2E Analyst");
    await expect(create.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await a11y.check();

    await create.getByLabel("Email address").fill(email);
    await create.getByLabel("Password").fill(firstPassword);
    await create.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Account created for E2E Analyst" })).toBeVisible();
    const row = page.getByRole("listitem").filter({ hasText: email });
    await expect(row).toContainText("Analyst");
    await expect(row).toContainText("Never");

    // The new analyst signs in in a browser of their own.
    const analyst = await newSession(browser);
    expect(await signInWith(analyst.page.request, email, firstPassword)).toBe(200);
    expect(await isSignedIn(analyst.page)).toBe(true);

    // Disabling ends the session that is already open, and stops new ones.
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E Analyst");
    await a11y.check();
    await page.setViewportSize({ width: 375, height: 800 });
    await a11y.fitsWidth();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: "Disable account" }).click();
    await expect(page.getByText("E2E Analyst is disabled and signed out everywhere.")).toBeVisible();
    expect(await isSignedIn(analyst.page)).toBe(false);
    await analyst.page.goto("/manage/statements");
    await expect(analyst.page).toHaveURL(/\/login\?next=%2Fmanage%2Fstatements$/);
    expect(await signInWith(analyst.page.request, email, firstPassword)).toBe(401);

    await page.getByRole("button", { name: "Enable account" }).click();
    await expect(page.getByText("E2E Analyst can sign in again.")).toBeVisible();
    expect(await signInWith(analyst.page.request, email, firstPassword)).toBe(200);
    expect(await isSignedIn(analyst.page)).toBe(true);

    // A password reset ends the session too; only the new password works.
    const newPassword = "second password for e2e";
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Password changed.")).toBeVisible();
    expect(await isSignedIn(analyst.page)).toBe(false);
    expect(await signInWith(analyst.page.request, email, firstPassword)).toBe(401);
    expect(await signInWith(analyst.page.request, email, newPassword)).toBe(200);

    await page.reload();
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("created the account");
    await expect(history).toContainText("disabled the account");
    await expect(history).toContainText("enabled the account");
    await expect(history).toContainText("reset the password");
    await expect(page.locator("dt", { hasText: "Last sign-in" }).locator("xpath=following-sibling::dd[1]")).not.toHaveText("Never");
    await analyst.context.close();
  });

  test("the create form works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "admin");
    await page.goto("/admin/users");
    const email = uniqueEmail();
    await page.getByLabel("Name").fill("No Script");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("no script password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Account created for No Script")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();
    await context.close();
  });

  test("a POST to the create action without an admin session writes nothing", async ({ adminPage, playwright, baseURL }) => {
    // Take the server action's form fields from the admin's own page, then replay them elsewhere.
    await adminPage.goto("/admin/users");
    const create = adminPage.locator("form", { has: adminPage.getByRole("button", { name: "Create account" }) });
    const hidden = await create
      .locator('input[type="hidden"]')
      .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const));
    expect(hidden.some(([name]) => name.startsWith("$ACTION"))).toBe(true);

    const intruders = [`anon-${uniqueEmail()}`, `analyst-${uniqueEmail()}`];
    const anonymous = await playwright.request.newContext({ baseURL });
    const analystPage = await adminPage.context().browser()!.newContext();
    const analystRequest = (await analystPage.newPage()).request;
    expect(
      (
        await analystRequest.post("/api/auth/session", {
          data: { email: process.env.E2E_ANALYST_EMAIL, password: process.env.E2E_ANALYST_PASSWORD },
        })
      ).status(),
    ).toBe(200);

    for (const [request, email] of [
      [anonymous, intruders[0]!],
      [analystRequest, intruders[1]!],
    ] as const) {
      const response = await request.post("/admin/users", {
        headers: { origin: baseURL! },
        multipart: { ...Object.fromEntries(hidden), name: "Intruder", email, role: "ADMIN", password: "intruder password" },
        maxRedirects: 0,
      });
      expect(response.status()).toBeLessThan(500);
    }

    // The same replay with the admin's own session does create the account: the refusals above
    // came from the server's role check, not from a malformed request.
    const control = uniqueEmail();
    const allowed = await adminPage.request.post("/admin/users", {
      headers: { origin: baseURL! },
      multipart: { ...Object.fromEntries(hidden), name: "Control", email: control, role: "ANALYST", password: "control password" },
    });
    expect(allowed.status()).toBe(200);

    await adminPage.reload();
    await expect(adminPage.getByText(control)).toBeVisible();
    for (const email of intruders) await expect(adminPage.getByText(email)).toHaveCount(0);
    await anonymous.dispose();
    await analystPage.close();
  });
});
