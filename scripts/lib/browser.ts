// Finds a Chromium for the browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own download. On a fresh Debian machine (as root) it installs Debian's package.
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { run } from "./run";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
// /usr/bin/chromium is a shell script that adds desktop flags from /etc/chromium.d before it runs
// this binary, among them --enable-gpu-rasterization, which a machine without a GPU emulates in
// software at a cost in CPU on every paint. The tests launch the binary with their own flags.
const DEBIAN_CHROMIUM_BINARY = "/usr/lib/chromium/chromium";

function playwrightChromium(): string | null {
  try {
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

const isDebian = () => existsSync("/etc/debian_version") || /ID(_LIKE)?=.*debian/.test(readFileSync("/etc/os-release", "utf8"));

export async function resolveChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return existsSync(DEBIAN_CHROMIUM_BINARY) ? DEBIAN_CHROMIUM_BINARY : DEBIAN_CHROMIUM;
  const bundled = playwrightChromium();
  if (bundled) return bundled;

  if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/etc/os-release") && isDebian()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      (await run("apt-get", ["update", "-qq"], { env })) === 0 &&
      (await run("apt-get", ["install", "-y", "-qq", "chromium"], { env })) === 0
    ) {
      if (existsSync(DEBIAN_CHROMIUM_BINARY)) return DEBIAN_CHROMIUM_BINARY;
      if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    }
  }
  throw new Error(
    [
      "No Chromium browser for the browser tests.",
      "Set CHROMIUM_PATH to a Chromium or Chrome executable, or install one:",
      "  Debian/Ubuntu: sudo apt-get install chromium",
      "  elsewhere:     npx playwright install chromium",
    ].join("\n"),
  );
}
