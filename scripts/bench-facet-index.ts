// The facet index on the benchmark database: how long it takes to load, how much memory it holds
// (and so what a million statements would), what a view's facets, month strip and count cost on
// it against the recount in SQL it replaced, and what catching up with one write costs. Times are
// CPU time of this process (user + system) beside wall time, so a busy machine skews them less.
import { spawn } from "node:child_process";
import { copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

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

async function main() {
  const file = copyDatabase(await ensureSyntheticDatabase(), "facet-index");
  let code = 1;
  try {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--conditions=react-server", "--import", "tsx", "scripts/lib/bench-facet-index-work.ts", JSON.stringify(VIEWS)],
      { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "inherit" },
    );
    code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  } finally {
    removeDatabase(file);
  }
  process.exit(code);
}

main();
