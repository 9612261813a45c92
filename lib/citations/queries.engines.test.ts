// What "Cite this" reads, on both engines: the dataset revision (the latest audit-trail entry) and
// a published statement as a cited work; a draft cannot be cited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { datasetRevision, statementCitation } from "./queries";

const ORIGIN = "http://tracker.test";

async function statement(status: "PUBLISHED" | "DRAFT") {
  const speaker = await db.person.create({ data: { slug: `cited-${status.toLowerCase()}`, name: `Cited ${status}` } });
  return db.statement.create({
    data: {
      speakerId: speaker.id,
      dateStart: "2024-03-05",
      dateEnd: "2024-03-05",
      datePrecision: "DAY",
      dateSort: "2024-03-05",
      kind: "QUOTE",
      text: `A statement to cite (${status}).`,
      status,
    },
  });
}

describe("citation queries", () => {
  it("name the latest revision, and cite a published statement at it", async () => {
    expect(await datasetRevision()).toBe(0);
    const published = await statement("PUBLISHED");
    const changes = [1, 2].map((n) => ({ entity: "Statement", entityId: published.id, action: "UPDATE" as const, changes: `{"n":${n}}` }));
    await db.revision.createMany({ data: changes });
    const latest = await db.revision.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await datasetRevision()).toBe(latest.id);

    const cited = await statementCitation(published.id, ORIGIN, new Date("2025-01-02T10:00:00Z"));
    expect(cited).toMatchObject({
      key: `statement-${published.id}`,
      author: "Cited PUBLISHED",
      url: `${ORIGIN}/statements/${published.id}`,
      revision: latest.id,
      accessed: "2025-01-02",
    });
    expect(cited?.title).toContain("A statement to cite (PUBLISHED).");
  });

  it("do not cite a draft", async () => {
    const draft = await statement("DRAFT");
    expect(await statementCitation(draft.id, ORIGIN)).toBeNull();
  });
});
