import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e`, which picks the ports and the browser once and passes them on:
// this file is evaluated again in every worker. Each worker has a server of its own (the same
// build, its own throw-away database and port), so spec files run side by side without seeing
// each other's writes; TEST_PARALLEL_INDEX, set before a worker loads this file, picks its server.
const ports = (process.env.E2E_PORTS ?? process.env.E2E_PORT ?? "3100").split(",").map(Number);
const port = ports[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % ports.length];

export default defineConfig({
  testDir: "e2e",
  // Tests, not files, are shared out to the workers: one long spec file no longer holds up a worker.
  fullyParallel: true,
  workers: ports.length,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A click, fill or read of an element that never comes fails after a minute with the locator
    // it waited for, instead of holding the worker until the test's own limit; page loads likewise.
    // Both stay well above what a busy machine needs (assertions wait up to 30 s).
    actionTimeout: 60_000,
    navigationTimeout: 90_000,
    // A failed test keeps its trace (actions, console, network), its screenshot and the page's
    // accessibility snapshot (error-context.md). Recording a screencast frame or a DOM snapshot at
    // every action cost every test, passing or not: frames about a tenth of the browser's CPU,
    // snapshots about a fifteenth of the whole run's (browser, servers and runner).
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Waits for states, never for a fixed time; generous, as the machine may be busy.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  webServer: ports.map((serverPort) => ({
    command: "node_modules/.bin/tsx scripts/serve-e2e.ts",
    env: { E2E_PORT: String(serverPort) },
    url: `http://127.0.0.1:${serverPort}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
