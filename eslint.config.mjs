import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures call a function named `use` that is not React's hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "reports/**", "data/**", "next-env.d.ts"]),
]);
