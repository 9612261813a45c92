// Run by bench-readers.ts as `node --conditions=react-server --import tsx` (so the server-only
// data modules load outside Next): times the database work behind each benchmarked page.
import { findPublicStatement } from "@/lib/statements/queries";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { filterLabels, monthlyCounts, timelineFacets, timelinePage } from "@/lib/statements/timeline";
import { findTopic, speakersOnTopic, stancePoints, viewDetails } from "@/lib/topics/positions";
import { percentile } from "./lib/stats";
import { dict } from "@/lib/collections/dict";

type Scenario = { name: string; query: string; kind: "timeline" | "topic" | "statement" };

async function timelineWork(query: string) {
  const filters = parseTimelineFilters(Object.fromEntries(new URLSearchParams(query)));
  await Promise.all([timelinePage(filters), timelineFacets(filters), monthlyCounts(filters), filterLabels(filters)]);
}

async function topicWork(query: string) {
  const [slug, rest = ""] = query.split("?");
  const topic = (await findTopic(slug!))!;
  const speakers = await speakersOnTopic(topic.id);
  const speaker = speakers[0]!;
  const filters = {
    ...parseTimelineFilters(Object.fromEntries(new URLSearchParams(rest))),
    topics: [topic.slug],
    speakers: [speaker.slug],
  };
  await Promise.all([
    stancePoints(topic.id, speaker.slug),
    viewDetails(filters),
    timelineWork(new URLSearchParams({ topic: topic.slug, speaker: speaker.slug }).toString()),
  ]);
}

async function main() {
  const scenarios = JSON.parse(process.argv[2] ?? "[]") as Scenario[];
  const iterations = Number(process.argv[3] ?? 30);
  const results = dict<{ cold: number; p50: number; p95: number }>();
  for (const scenario of scenarios) {
    const work = () =>
      scenario.kind === "timeline"
        ? timelineWork(scenario.query)
        : scenario.kind === "topic"
          ? topicWork(scenario.query)
          : findPublicStatement(Number(scenario.query));
    const t0 = performance.now();
    await work();
    const cold = performance.now() - t0;
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await work();
      samples.push(performance.now() - start);
    }
    results[scenario.name] = { cold, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  }
  console.log(JSON.stringify(results));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
