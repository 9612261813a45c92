// Loading statements for the exports: batches in the timeline's order, the role held on each
// statement's date, and never a draft or a deleted statement.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { midpoint } from "@/lib/dates/precision";
import { formatRole, roleOnDate } from "@/lib/people/roles";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { countStatements } from "@/lib/statements/timeline";
import { publicStatementBatches, publicStatementsByIds } from "./load";
import { seedOpenDataFixture, type OpenDataFixture } from "./testing";

const ORIGIN = "http://tracker.test";
let fixture: OpenDataFixture;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
});

describe("loading", () => {
  it("walks the whole result in batches no larger than the batch size, in the timeline's order", async () => {
    const filters = parseTimelineFilters({ order: "oldest" });
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const batch of publicStatementBatches(filters, ORIGIN, 7)) {
      sizes.push(batch.length);
      ids.push(...batch.map((s) => s.id));
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(ids).toHaveLength(await countStatements(filters));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names the role held on the statement's date as roleOnDate does", async () => {
    // Roles that overlap, start or end unknown, a gap, and intervals across role changes.
    const person = await db.person.create({
      data: {
        slug: "many-roles",
        name: "Many Roles",
        roles: {
          create: [
            { title: "Adviser", organisation: "", startDate: null, endDate: "2012-06-30" },
            { title: "Minister", organisation: "Cabinet", startDate: "2011-01-01", endDate: "2014-12-31" },
            { title: "Envoy", organisation: "Cabinet", startDate: "2011-01-01", endDate: "2013-12-31" },
            { title: "Chair", organisation: "Board", startDate: "2016-01-01", endDate: null },
          ],
        },
      },
    });
    for (const [dateStart, dateEnd] of [
      ["2010-05-05", "2010-05-05"],
      ["2012-01-01", "2012-12-31"],
      ["2013-06-01", "2013-06-01"],
      ["2015-01-01", "2015-12-31"],
      ["2015-06-01", "2016-03-01"],
      ["2020-01-01", "2020-12-31"],
    ] as const) {
      await db.statement.create({
        data: {
          speakerId: person.id,
          dateStart,
          dateEnd,
          dateSort: midpoint(dateStart, dateEnd),
          datePrecision: "RANGE",
          text: "t",
          status: "PUBLISHED",
        },
      });
    }
    const statements = await db.statement.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      select: {
        id: true,
        dateStart: true,
        dateEnd: true,
        speaker: { select: { roles: { orderBy: [{ startDate: "asc" }, { id: "asc" }] } } },
      },
    });
    const loaded = new Map(
      (
        await publicStatementsByIds(
          statements.map((s) => s.id),
          ORIGIN,
        )
      ).map((s) => [s.id, s]),
    );
    for (const s of statements) {
      const role = roleOnDate(s.speaker.roles, { start: s.dateStart, end: s.dateEnd });
      expect(loaded.get(s.id)!.speaker.role, `statement ${s.id}`).toBe(role ? formatRole(role) : null);
    }
  });

  it("skips drafts and deleted statements even when asked for them by id", async () => {
    expect((await publicStatementsByIds([fixture.draftId, fixture.deletedId, fixture.trickyId], ORIGIN)).map((s) => s.id)).toEqual([
      fixture.trickyId,
    ]);
  });
});
