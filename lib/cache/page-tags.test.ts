// The tags a cached topic page carries, on a real migrated database with the demo data: a change
// to any statement the page shows must bump one of them, also a linked statement on another topic.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { topicTags } from "./page-tags";

beforeAll(async () => {
  await seedDemoData(db, demoData);
});

describe("topicTags", () => {
  it("names the topic and the speakers of linked statements that are not on it", async () => {
    const links = await db.statementRelation.findMany({
      select: {
        from: { select: { speakerId: true, stances: { select: { topic: { select: { slug: true, id: true } } } } } },
        to: { select: { speakerId: true, stances: { select: { topic: { select: { slug: true, id: true } } } } } },
      },
    });
    let offTopic = 0;
    for (const { from, to } of links) {
      for (const [end, other] of [[from, to] as const, [to, from] as const]) {
        for (const { topic } of end.stances) {
          const tags = await topicTags(topic.slug);
          expect(tags).toContain(`topic:${topic.id}`);
          if (other.stances.some((s) => s.topic.id === topic.id)) continue;
          expect(tags).toContain(`speaker:${other.speakerId}`);
          offTopic++;
        }
      }
    }
    // The demo data links a statement to one on another topic.
    expect(offTopic).toBeGreaterThan(0);
  });

  it("is empty for a topic that does not exist", async () => {
    expect(await topicTags("no-such-topic")).toEqual([]);
  });
});
