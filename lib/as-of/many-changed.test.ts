// An as-of view of a day long past, with more statements changed since than one query may bind
// as parameters (SQLite refused such a list with P2029): the changed statements must be read in
// bounded batches, and every one of them rebuilt as it stood.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { emptyFilters } from "@/lib/statements/filters";
import { allStatementsAsOf, timelineAsOf } from "./queries";

const CHANGED = 1_200;
const created = new Date("2024-01-01T12:00:00.000Z");
const edited = new Date("2025-06-01T12:00:00.000Z");

beforeAll(async () => {
  const speaker = await db.person.create({ data: { slug: "many-changed", name: "Many Changed" } });
  await db.statement.createMany({
    data: Array.from({ length: CHANGED }, (_, i) => ({
      speakerId: speaker.id,
      dateStart: "2023-12-01",
      dateEnd: "2023-12-01",
      dateSort: "2023-12-01",
      text: `Statement ${i} as edited later.`,
      status: "PUBLISHED" as const,
      createdAt: created,
    })),
  });
  const ids = await db.statement.findMany({ where: { speakerId: speaker.id }, select: { id: true, text: true } });
  await db.revision.createMany({
    data: ids.map(({ id, text }) => ({
      entity: "Statement",
      entityId: id,
      action: "UPDATE" as const,
      createdAt: edited,
      changes: JSON.stringify({ text: { before: text.replace(" as edited later.", " as first recorded."), after: text } }),
    })),
  });
});

describe("an as-of view with more than a thousand statements changed since", () => {
  it("rebuilds every changed statement as it stood then", async () => {
    const page = await timelineAsOf({ ...emptyFilters, speakers: ["many-changed"] }, "2024-06-01");
    expect(page.rebuilt).toBeGreaterThanOrEqual(CHANGED);
    expect(page.total).toBe(CHANGED);
    expect(page.entries.length).toBeGreaterThan(0);
    for (const entry of page.entries) expect(entry.text).toMatch(/^Statement \d+ as first recorded\.$/);

    const all = await allStatementsAsOf({ ...emptyFilters, speakers: ["many-changed"] }, "2024-06-01");
    expect(all.entries).toHaveLength(CHANGED);
    expect(all.entries.every((s) => s.changedSince.includes("text") && s.text.endsWith("as first recorded."))).toBe(true);
  });
});
