// Extraction speed: a ~50 KB article assembled from the quality corpus, extracted 20
// times after a warm-up; the median must stay under 200 ms. Then the import's worst cases: a
// word diff of two 3,000-word texts and 2 MB of nested unclosed HTML tags.
//
//   npx tsx scripts/bench-extract.ts [iterations]
import { demoData } from "@/lib/demo/data";
import { corpus, corpusSpeakers } from "@/lib/import/corpus";
import { diffWords } from "@/lib/import/diff";
import { extractCandidates } from "@/lib/import/extract";
import { htmlToText } from "@/lib/import/html";
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
    [
      [
        `${(Buffer.byteLength(article) / 1024).toFixed(1)} KB`,
        String(candidates),
        String(ITERATIONS),
        ms(median),
        ms(percentile(samples, 95)),
        `< ${TARGET_MEDIAN_MS} ms`,
      ],
    ],
  );
  const worst = worstCases();
  console.log("");
  printTable(
    ["worst case", "time", "target"],
    worst.map(({ label, time, target }) => [label, ms(time), `< ${target} ms`]),
  );
  for (const { label, time, target } of worst) {
    if (time >= target) {
      console.error(`${label} took ${ms(time)}, over the ${target} ms target.`);
      process.exitCode = 1;
    }
  }
  if (median >= TARGET_MEDIAN_MS) {
    console.error(`Extraction of a 50 KB article took ${ms(median)} (median), over the ${TARGET_MEDIAN_MS} ms target.`);
    process.exit(1);
  }
}

/** Inputs that would be quadratic without the diff's cap and the HTML reader's linear parse. */
function worstCases(): { label: string; time: number; target: number }[] {
  const timed = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
  const b = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
  return [
    { label: "word diff, 3,000 × 3,000 words", time: timed(() => diffWords(a, b)), target: 2000 },
    {
      label: "HTML, 400,000 nested <div> + 500,000 <b>",
      time: timed(() => (htmlToText("<div>x".repeat(400_000)), htmlToText("<b>y".repeat(500_000)))),
      target: 5000,
    },
  ];
}

main();
