// Extraction quality on the held-out corpus of real texts (lib/import/corpus/real): per kind and
// split, quotations (transcripts: the main speakers' sentences) found, right speaker, and strict
// precision. The dev split may be read while changing rules; the test split is only scored.
//
//   npm run eval:import [-- --details] [-- --details=test]
import { realCorpus, realPeople } from "@/lib/import/corpus/real";
import { add, directoryOf, emptyScore, extractReal, scoreReal, type RealScore } from "@/lib/import/real-eval";
import { printTable } from "./lib/stats";

const TARGETS = {
  article: { found: 0.98, right: 0.95, precision: 0.95 },
  transcript: { found: 0.95, right: 0.98, precision: 0.95 },
} as const;

const detailsFor =
  process.argv.find((a) => a.startsWith("--details"))?.split("=")[1] ?? (process.argv.includes("--details") ? "dev" : null);
const ratio = (a: number, b: number) => (b === 0 ? "—" : `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`);

function main() {
  const speakers = directoryOf(realPeople);
  const totals = new Map<string, RealScore>();
  const started = performance.now();
  for (const doc of realCorpus) {
    const score = scoreReal(doc, extractReal(doc, speakers));
    for (const key of [`${doc.kind} ${doc.split}`, `${doc.kind} all`]) totals.set(key, add(totals.get(key) ?? emptyScore(), score));
  }
  const elapsed = performance.now() - started;
  const rows = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, s]) => {
      const target = TARGETS[key.split(" ")[0] as keyof typeof TARGETS];
      return [
        key,
        ratio(s.found, s.expected),
        ratio(s.rightSpeaker, s.found),
        ratio(s.proposedRight, s.proposed),
        `${target.found} / ${target.right} / ${target.precision}`,
      ];
    });
  console.log(
    `Held-out real texts: ${realCorpus.filter((d) => d.kind === "transcript").length} transcripts, ${realCorpus.filter((d) => d.kind === "article").length} articles; extraction of all took ${elapsed.toFixed(0)} ms.`,
  );
  console.log(
    "Transcripts count the main speakers' sentences; strict precision counts proposed sentences (transcripts) or quotations (articles) given to their speaker.\n",
  );
  printTable(["kind / split", "found", "right speaker", "strict precision", "targets"], rows);
  if (detailsFor) {
    for (const [key, s] of totals) {
      if (!key.endsWith(detailsFor)) continue;
      console.log(`\n${key}:`);
      for (const line of s.misses) console.log(`  miss   ${line}`);
      for (const line of s.wrongSpeakers) console.log(`  who    ${line}`);
      for (const line of s.falsePositives) console.log(`  extra  ${line}`);
    }
  }
}

main();
