// The cached aggregates (lib/cache/aggregates.ts) on the benchmark database: what the first reader
// after a write pays for each, when the write touched what the aggregate shows ("related") and when
// it touched another speaker's statement on other topics ("elsewhere"). Readers always wait for the
// recomputation (unless the operator opts into stale figures), so this is what they meet.
import { runOnBenchCopy } from "./lib/bench-child";

runOnBenchCopy("aggregates", "scripts/lib/bench-aggregates-work.ts").then((code) => process.exit(code));
