// Sign-in, sign-out and the rate limit, through the real form (with and without JavaScript) and
// the sign-in API. Failed attempts here stay well under the per-address limit (20 in 15 minutes)
// that the other specs' API sign-ins from the same address share; successful ones never count.
import { account, expect, signIn, test } from "./fixtures";

const throwawayEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

test.describe("sign-in form", () => {
  test("refuses a wrong password keeping the email, signs in, then signs out", async ({ page, a11y }) => {
    const admin = account("admin");
    await page.goto("/login?next=/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await a11y.check();

    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("Incorrect email address or password");
    await expect(page.getByLabel("Email address")).toHaveValue(admin.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await a11y.check();

    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);
  });

  test("the staff area sends anonymous visitors to sign in and back", async ({ page }) => {
    await page.goto("/manage/topics?q=nato");
    await expect(page).toHaveURL(/\/login\?next=%2Fmanage%2Ftopics/);
    const analyst = account("analyst");
    await page.getByLabel("Email address").fill(analyst.email);
    await page.getByLabel("Password").fill(analyst.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/manage\/topics/);
  });

  test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill(throwawayEmail("unknown"));
    await page.getByLabel("Password").fill("some password or other");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toHaveText("Incorrect email address or password, or the account is disabled.");
  });

  test("sends signed-in users on, and never off-site", async ({ page }) => {
    await page.goto("/login?next=//evil.example/phish");
    await expect(page.locator('input[name="next"]')).toHaveValue("/manage/statements");
    await signIn(page, "analyst");
    await page.goto("/login?next=/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("says when to try again after too many failures", async ({ page }) => {
    const email = throwawayEmail("locked");
    for (let i = 0; i < 5; i++) {
      const response = await page.request.post("/api/auth/session", { data: { email, password: `wrong guess ${i}` } });
      expect(response.status()).toBe(401);
    }
    await page.goto("/login");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("sixth guess here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toHaveText("Too many failed sign-in attempts for this email address. Try again in 15 minutes.");
    await expect(page.getByLabel("Email address")).toHaveValue(email);

    const limited = await page.request.post("/api/auth/session", { data: { email, password: "seventh guess" } });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(800);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const analyst = account("analyst");
    await page.goto("/login?next=/");
    await page.getByLabel("Email address").fill(analyst.email);
    await page.getByLabel("Password").fill("wrong password, no script");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("Incorrect email address or password");
    await expect(page.getByLabel("Email address")).toHaveValue(analyst.email);

    await page.getByLabel("Password").fill(analyst.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await context.close();
  });

  test("fits a phone screen", async ({ page, a11y }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/login");
    await a11y.fitsWidth();
    await a11y.check();
  });
});

test.describe("sign-in API", () => {
  test("sets the session cookie, and DELETE ends the session", async ({ page, context }) => {
    await signIn(page, "analyst");
    const cookie = (await context.cookies()).find((c) => c.name === "tracker_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    expect((await page.request.delete("/api/auth/session")).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });

  test("refuses bad input, non-JSON and cross-site requests", async ({ page }) => {
    expect((await page.request.post("/api/auth/session", { data: { email: "" } })).status()).toBe(400);
    expect((await page.request.post("/api/auth/session", { form: account("analyst") })).status()).toBe(415);
    const crossSite = await page.request.post("/api/auth/session", {
      data: account("analyst"),
      headers: { origin: "https://evil.example" },
    });
    expect(crossSite.status()).toBe(403);
  });
});
