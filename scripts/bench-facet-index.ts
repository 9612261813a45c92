// The facet index on the benchmark database: how long it takes to load, how much memory it holds
// (and so what a million statements would), what a view's facets, month strip and count cost on
// it against the recount in SQL it replaced, and what catching up with one write costs. Times are
// CPU time of this process (user + system) beside wall time, so a busy machine skews them less.
import { runOnBenchCopy } from "./lib/bench-child";

// The slowest first views of the last load benchmark, and a few more of every kind of filter.
const VIEWS = [
  "",
  "source=news_article",
  "stance=mixed",
  "kind=quote&claims=with",
  "kind=paraphrase",
  "from=2019-01-01&to=2019-12-31",
  "claim=false&source=video",
  "q=ceasefire",
  "q=defence&kind=quote",
];

runOnBenchCopy("facet-index", "scripts/lib/bench-facet-index-work.ts", [JSON.stringify(VIEWS)], { nodeArgs: ["--expose-gc"] }).then(
  (code) => process.exit(code),
);
