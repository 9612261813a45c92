import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests build into their own folder so they never clobber the build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The import assistant accepts files up to 2 MB; a form post carries them with some overhead.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // `npm test` type-checks the whole project before it builds for the browser tests; checking
  // again inside that build only cost time. Release builds (`npm start`) always check.
  typescript: { ignoreBuildErrors: process.env.TRACKER_TYPES_CHECKED === "1" },
};

export default nextConfig;
