// Extraction speed (issue 6): a ~50 KB article assembled from the quality corpus, extracted 20
// times after a warm-up; the median must stay under 200 ms.
//
//   npx tsx scripts/bench-extract.ts [iterations]
import { demoData } from "@/lib/demo/data";
import { corpus, corpusSpeakers } from "@/lib/import/corpus";
import { extractCandidates } from "@/lib/import/extract";
import { readImport } from "@/lib/import/text";
import { ms, percentile, printTable } from "./lib/stats";

const ITERATIONS = Number(process.argv[2] ?? 20);
const WARM_UP = 3;
const TARGET_BYTES = 50 * 1024;
const TARGET_MEDIAN_MS = 200;

/** The corpus pieces as stored snapshots, repeated until the article reaches about 50 KB. */
function buildArticle(): string {
  const pieces = corpus.map((doc) => {
    const read = readImport({ text: doc.text, format: doc.format });
    if (!read.ok) throw new Error(`${doc.id}: ${read.message}`);
    return read.snapshot.text;
  });
  let article = "";
  for (let i = 0; Buffer.byteLength(article) < TARGET_BYTES; i++) article += (article ? "\n\n" : "") + pieces[i % pieces.length];
  return article;
}

function main() {
  const article = buildArticle();
  const speakers = [...corpusSpeakers, ...demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases }))];
  const options = { speakers, topics: demoData.topics };
  let candidates = 0;
  for (let i = 0; i < WARM_UP; i++) extractCandidates(article, options);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    candidates = extractCandidates(article, options).candidates.length;
    samples.push(performance.now() - started);
  }
  const median = percentile(samples, 50);
  printTable(
    ["article", "candidates", "runs", "median", "p95", "target"],
    [[`${(Buffer.byteLength(article) / 1024).toFixed(1)} KB`, String(candidates), String(ITERATIONS), ms(median), ms(percentile(samples, 95)), `< ${TARGET_MEDIAN_MS} ms`]],
  );
  if (median >= TARGET_MEDIAN_MS) {
    console.error(`Extraction of a 50 KB article took ${ms(median)} (median), over the ${TARGET_MEDIAN_MS} ms target.`);
    process.exit(1);
  }
}

main();
