// `npm run extract -- path/to/file [--json] [--database]`: prints, as JSON, the candidate
// statements the import assistant would propose for a .txt, .md or .html file. Writes nothing.
// Speakers and topics come from the demo data set, or with --database from the database at
// DATABASE_URL (read only). The command itself is lib/import/cli.ts.
import { demoData } from "@/lib/demo/data";
import { runExtractCli, type Directory } from "@/lib/import/cli";

function demoDirectory(): Directory {
  return {
    speakers: demoData.people.map((person) => ({ id: person.slug, name: person.name, aliases: person.aliases })),
    topics: demoData.topics,
  };
}

async function databaseDirectory(): Promise<Directory> {
  const { createClient } = await import("@/lib/db/create-client");
  const { databaseUrl } = await import("@/lib/db/url");
  const db = createClient(databaseUrl());
  try {
    const people = await db.person.findMany({
      where: { deletedAt: null },
      select: { id: true, name: true, aliases: { select: { alias: true } } },
      orderBy: { id: "asc" },
    });
    const topics = await db.topic.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, name: true, description: true, proposition: true },
      orderBy: { id: "asc" },
    });
    return { speakers: people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases.map((a) => a.alias) })), topics };
  } finally {
    await db.$disconnect();
  }
}

runExtractCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  demoDirectory,
  databaseDirectory,
}).then(
  (code) => {
    process.exitCode = code; // not process.exit(): let a long JSON output drain first
  },
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
