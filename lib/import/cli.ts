// The body of `npm run extract` (scripts/extract.ts), kept here so it can be tested in process:
// reads one file, extracts, prints JSON. Writes no file and no database row.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extractCandidates } from "./extract";
import { MAX_IMPORT_BYTES, formatBytes, readImport } from "./text";
import type { Candidate, SpeakerDirectory, TopicEntry } from "./types";

export const EXTRACT_USAGE = "Usage: npm run extract -- path/to/file.(txt|md|html) [--json] [--database]";

export interface Directory {
  speakers: SpeakerDirectory;
  topics: readonly TopicEntry[];
}

export interface ExtractCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Speakers and topics from the demo data set. */
  demoDirectory: () => Directory;
  /** Speakers and topics from the database at DATABASE_URL (for --database). */
  databaseDirectory: () => Promise<Directory>;
}

/** The printed form of a candidate: exactly these fields. */
export function candidateJson(candidate: Candidate) {
  return {
    text: candidate.text,
    kind: candidate.kind,
    speaker: candidate.speaker?.name ?? null,
    start: candidate.start,
    end: candidate.end,
    confidence: candidate.confidence,
    claims: candidate.claims.map(({ text, measure, value, unit }) => ({ text, measure, value, unit })),
    topics: candidate.topics.map((topic) => topic.slug),
  };
}

/** Runs the command with its arguments; returns the exit code (0 ok, 1 bad input, 2 bad usage). */
export async function runExtractCli(args: readonly string[], io: ExtractCliIo): Promise<number> {
  const fail = (message: string, code = 1) => {
    io.stderr(`extract: ${message}\n`);
    return code;
  };
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json" && a !== "--database");
  if (unknown.length > 0) return fail(`unknown option ${unknown.join(", ")}\n${EXTRACT_USAGE}`, 2);
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) return fail(EXTRACT_USAGE, 2);
  const file = files[0]!;

  if (!existsSync(file)) return fail(`no such file: ${file}`);
  const stat = statSync(file);
  if (!stat.isFile()) return fail(`not a file: ${file}`);
  // Checked before reading, so a huge file is never loaded.
  if (stat.size > MAX_IMPORT_BYTES) return fail(`${file} is ${formatBytes(stat.size)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`);
  const imported = readImport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
  if (!imported.ok) return fail(imported.message);

  const directory = args.includes("--database") ? await io.databaseDirectory() : io.demoDirectory();
  const { candidates, warnings } = extractCandidates(imported.snapshot.text, directory);
  for (const warning of [...imported.snapshot.warnings, ...warnings]) io.stderr(`extract: ${warning}\n`);
  io.stdout(JSON.stringify(candidates.map(candidateJson), null, 2) + "\n");
  return 0;
}
