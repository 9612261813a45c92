// Run by scripts/bench-aggregates.ts as `node --conditions=react-server --import tsx` (so the
// server-only data modules load outside Next), on a private copy of the benchmark database.
import { cpus, loadavg } from "node:os";
import { db } from "@/lib/db/client";
import { atomFeed } from "@/lib/feeds/feeds";
import { emptyFilters } from "@/lib/statements/filters";
import { speakerPositions, stancePoints, topicsOverview, viewDetails } from "@/lib/topics/positions";
import { ms, percentile, printTable } from "./stats";

const ROUNDS = 5;

async function main() {
  // The busiest speaker on the busiest topic, and a statement of another speaker on other topics.
  const [pair] = await db.$queryRaw<{ topicId: number; slug: string; speakerId: number; speaker: string }[]>`
    SELECT st."topicId" AS "topicId", t."slug" AS slug, s."speakerId" AS "speakerId", p."slug" AS speaker
    FROM "Stance" st JOIN "Statement" s ON s."id" = st."statementId" JOIN "Topic" t ON t."id" = st."topicId"
    JOIN "Person" p ON p."id" = s."speakerId"
    GROUP BY st."topicId", s."speakerId" ORDER BY COUNT(*) DESC LIMIT 1`;
  const { topicId, slug, speakerId, speaker } = pair!;
  const statementOf = async (related: boolean) => {
    const [row] = related
      ? await db.$queryRaw<{ id: number }[]>`
          SELECT s."id" AS id FROM "Statement" s JOIN "Stance" st ON st."statementId" = s."id"
          WHERE s."speakerId" = ${speakerId} AND st."topicId" = ${topicId} LIMIT 1`
      : await db.$queryRaw<{ id: number }[]>`
          SELECT s."id" AS id FROM "Statement" s WHERE s."speakerId" <> ${speakerId}
          AND NOT EXISTS (SELECT 1 FROM "Stance" st WHERE st."statementId" = s."id" AND st."topicId" = ${topicId}) LIMIT 1`;
    return row!.id;
  };
  const ids = { related: await statementOf(true), elsewhere: await statementOf(false) };
  // A change to the statement's context with its revision, as the app's own edits leave one (the
  // facet index catches up from revisions; a change without one makes it rebuild).
  const write = (id: number) =>
    db.$transaction([
      db.$executeRaw`UPDATE "Statement" SET "context" = "context" || ' ' WHERE "id" = ${id}`,
      db.revision.create({ data: { entity: "Statement", entityId: id, action: "UPDATE", changes: "{}" } }),
    ]);

  const aggregates: [string, () => Promise<unknown>][] = [
    // As the topic page asks it: the topic, and the topic with its main speaker.
    ["viewDetails, topic page", () => viewDetails({ ...emptyFilters, topics: [slug] })],
    ["viewDetails, topic and speaker", () => viewDetails({ ...emptyFilters, topics: [slug], speakers: [speaker] })],
    ["topicsOverview", () => topicsOverview()],
    ["stancePoints (topic, speaker)", () => stancePoints(topicId, speaker)],
    ["speakerPositions", () => speakerPositions(speakerId)],
    ["atom feed, all", () => atomFeed({ kind: "all" }, "http://bench")],
    ["atom feed, one topic", () => atomFeed({ kind: "topic", slug }, "http://bench")],
  ];
  const rows: string[][] = [];
  for (const [name, read] of aggregates) {
    await read();
    const times = { related: [] as number[], elsewhere: [] as number[], none: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ["related", "elsewhere", "none"] as const) {
        if (kind !== "none") await write(ids[kind]);
        const started = performance.now();
        await read();
        times[kind].push(performance.now() - started);
      }
    }
    rows.push([name, ...Object.values(times).map((samples) => ms(percentile(samples, 50)))]);
  }
  console.log(`A read after a write, p50 of ${ROUNDS}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  printTable(["aggregate", "after a related write", "after a write elsewhere", "read again, no write"], rows);
  await db.$disconnect();
}

main();
