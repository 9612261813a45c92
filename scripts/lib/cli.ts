import { parseArgs } from "node:util";

/**
 * Arguments of a command that takes one path and some on/off flags (backup, JSON export and
 * import). Usage errors print the usage and give exit code 2; --help prints it and gives 0.
 */
export function parsePathCommand<F extends string>(
  argv: string[],
  usage: string,
  flags: readonly F[] = [],
): { path: string; flags: Partial<Record<F, boolean>> } | { exitCode: number } {
  const options: Record<string, { type: "boolean"; short?: string }> = { help: { type: "boolean", short: "h" } };
  for (const flag of flags) options[flag] = { type: "boolean" };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    return { exitCode: 2 };
  }
  const values = parsed.values as Record<string, boolean | undefined>;
  if (values.help) {
    console.log(usage);
    return { exitCode: 0 };
  }
  if (parsed.positionals.length !== 1) {
    console.error(usage);
    return { exitCode: 2 };
  }
  return { path: parsed.positionals[0]!, flags: values as Partial<Record<F, boolean>> };
}
