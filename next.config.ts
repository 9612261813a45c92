import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/serve.ts (what `npm start` runs) compresses itself, keeping the compressed bytes of a
  // cached page to send again (scripts/lib/compress-once.ts); Next compressing too would be done
  // twice. `next start` alone compresses as usual.
  compress: process.env.TRACKER_SERVER_COMPRESSES !== "1",
  // Reader pages are kept in memory with the tags they depend on; the database's triggers say
  // when a tag changed, for every instance on it (lib/cache/page-cache-handler.mjs). Next's own
  // in-memory layer is off: it would serve pages without asking the handler.
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // Tests build into their own folder so they never clobber the build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The import assistant accepts files up to 2 MB; a form post carries them with some overhead.
  experimental: {
    serverActions: { bodySizeLimit: "3mb" },
    // The browser tests' build (scripts/e2e.ts) leaves out source maps: no test reads them, and
    // writing them took about a sixth of that build's CPU.
    ...(process.env.TRACKER_SOURCE_MAPS === "0" && { turbopackSourceMaps: false, turbopackInputSourceMaps: false }),
    // Turbopack's build cache only pays off on a later build of the same folder, and writing it
    // cost a first build about a fifth of its time: scripts/lib/build.ts (npm start, the browser
    // tests, benchmarks) asks for it only when rebuilding a folder that holds a build already; a
    // plain `next build` writes it except in CI, which builds once on a fresh clone.
    turbopackFileSystemCacheForBuild: process.env.TRACKER_BUILD_CACHE ? process.env.TRACKER_BUILD_CACHE === "1" : !process.env.CI,
  },
  // Type checking belongs to `npm test` (its own step, before the browser-test build); `npm test`
  // and `npm start` set TRACKER_TYPES_CHECKED so their builds skip Next's repeat of it. A plain
  // `next build` still checks.
  typescript: { ignoreBuildErrors: process.env.TRACKER_TYPES_CHECKED === "1" },
  // Several instances behind one proxy must be one deployment: with DEPLOYMENT_ID set, every
  // instance built with it accepts the others' pages and server-action posts (see the README's
  // "When one machine is not enough"; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY goes with it).
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // No other site may frame the app (clickjacking on the analysts' forms), except the statement
  // cards under /embed/, which exist to be framed and send their own policy.
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
    ];
  },
};

export default nextConfig;
