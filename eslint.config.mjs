import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { clientImports } from "./scripts/lib/eslint-client-imports.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Keys a client chooses (parameter, field and word names) must never meet Object.prototype:
  // `constructor`, `toString` and `__proto__` are already "in" a plain `{}`. These patterns are
  // how that happened; `lib/collections/dict.ts` has the safe versions.
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[operator='??='] > MemberExpression.left[computed=true]",
          message:
            "`record[key] ??= …` on a plain object answers Object.prototype's members for keys like `constructor`: use a Map, or dict()/groupEntries() from lib/collections/dict.",
        },
        {
          selector:
            "VariableDeclarator[init.type='ObjectExpression'][init.properties.length=0] > Identifier > TSTypeAnnotation > TSTypeReference[typeName.name='Record'][typeArguments.params.0.type='TSStringKeyword']",
          message:
            "An empty `{}` typed as a Record is an accumulator keyed by data: use dict() from lib/collections/dict (no prototype) or a Map.",
        },
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: "`key in object` is true for `constructor`, `toString`…: use Object.hasOwn(object, key), a Set or a Map.",
        },
      ],
    },
  },
  // Layers: lib/ is the app's core and knows nothing of pages, components or tooling; modules
  // never import each other in a circle (eslint-plugin-import comes with eslint-config-next).
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", "./scripts"],
              message: "lib/ must not depend on app/, components/ or scripts/: move the shared code into lib/.",
            },
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
    // No cycle can pass through packages or the generated Prisma client (they never import our
    // modules), so the cycle rule need not parse them: this halves the lint's time.
    settings: { "import/ignore": ["node_modules", "lib/generated/"] },
  },
  // A client component ("use client") is sent to the browser: it must not import a server-only
  // module (one that imports "server-only", directly or through its imports) or Node's built-ins.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/**/*.tsx"],
    plugins: { layers: { rules: { "client-imports": clientImports } } },
    rules: { "layers/client-imports": "error" },
  },
  // Playwright fixtures call a function named `use` that is not React's hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "reports/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
