// ESLint rule `layers/client-imports`: a file marked "use client" must not import, directly or
// through the project's own modules, a module that imports "server-only" or one of Node's
// built-ins. No kept plugin tells a client component by its directive, so the rule is here; it
// follows the same imports Next's bundler follows (type-only imports are erased and ignored).
import { existsSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];
const IMPORT = /^[ \t]*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/gm;
const builtins = new Set(builtinModules);

// A "use server" module is safe to import: the bundler sends the browser references to its actions.
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

const isServerOnly = (specifier) => specifier === "server-only" || specifier.startsWith("node:") || builtins.has(specifier);

/** The project file an import names, or null for packages. */
function resolve(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const cache = new Map();

/** The chain of imports by which `file` reaches server-only code, or null. */
function serverChain(file, visiting = new Set()) {
  if (cache.has(file)) return cache.get(file);
  if (visiting.has(file)) return null;
  visiting.add(file);
  let found = null;
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of USE_SERVER.test(source) ? [] : source.matchAll(IMPORT)) {
    if (isServerOnly(specifier)) {
      found = [specifier];
      break;
    }
    const target = resolve(specifier, file);
    const chain = target && serverChain(target, visiting);
    if (chain) {
      found = [path.relative(root, target), ...chain];
      break;
    }
  }
  visiting.delete(file);
  cache.set(file, found);
  return found;
}

/** @type {import("eslint").Rule.RuleModule} */
export const clientImports = {
  meta: {
    type: "problem",
    docs: { description: 'Client components ("use client") must not import server-only modules.' },
    schema: [],
    messages: { serverOnly: 'A client component cannot import "{{specifier}}": it is server-only ({{chain}}).' },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || !node.source || node.importKind === "type" || node.exportKind === "type") return;
      const specifier = node.source.value;
      if (typeof specifier !== "string") return;
      if (isServerOnly(specifier)) {
        context.report({ node, messageId: "serverOnly", data: { specifier, chain: "a server module" } });
        return;
      }
      const target = resolve(specifier, context.filename);
      // Only value imports count: `import { type A, type B }` is erased as a whole.
      if (node.specifiers?.length && node.specifiers.every((s) => s.importKind === "type")) return;
      const chain = target && serverChain(target);
      if (chain) context.report({ node, messageId: "serverOnly", data: { specifier, chain: `via ${chain.join(" → ")}` } });
    };
    return {
      Program(program) {
        client = program.body.some((statement) => statement.directive === "use client");
        // Sources change while an editor keeps ESLint running.
        cache.clear();
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
