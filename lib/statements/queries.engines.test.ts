import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { formatInterval } from "@/lib/dates/precision";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { formatRole, roleOnDate } from "@/lib/people/roles";
import { findPublicStatement, summariesByIds } from "./queries";

beforeAll(async () => {
  await seedDemoData(db, demoData);
});

describe("statement summaries", () => {
  it("agree with the same data read through Prisma's relations, in the order asked", async () => {
    const rows = await db.statement.findMany({
      orderBy: { id: "desc" },
      include: {
        speaker: { include: { roles: true } },
        event: true,
        stances: { include: { topic: true }, orderBy: { topic: { name: "asc" } } },
        sources: { include: { source: true }, orderBy: { position: "asc" } },
        _count: { select: { claims: true } },
      },
    });
    const summaries = await summariesByIds(rows.map((r) => r.id));
    expect(summaries.map((s) => s.id)).toEqual(rows.map((r) => r.id));
    summaries.forEach((summary, i) => {
      const row = rows[i]!;
      const date = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
      const role = roleOnDate(row.speaker.roles, date);
      expect(summary).toMatchObject({
        date,
        dateLabel: formatInterval(date),
        kind: row.kind,
        text: row.text,
        speaker: { slug: row.speaker.slug, name: row.speaker.name, roleThen: role ? formatRole(role) : null },
        event: row.event
          ? { id: row.event.id, name: row.event.name, kind: row.event.kind, location: row.event.location, date: row.event.date }
          : null,
        topics: row.stances.map((s) => ({ slug: s.topic.slug, name: s.topic.name, stance: s.stance, hedging: s.hedging })),
        sources: row.sources.map(({ source: s }) => ({
          id: s.id,
          title: s.title,
          url: s.url,
          outlet: s.outlet,
          kind: s.kind,
          publishedOn: s.publishedOn,
        })),
        claimCount: row._count.claims,
      });
    });
  });

  it("shows the role held on the statement's date", async () => {
    const paris = await db.statement.findFirstOrThrow({
      where: { dateStart: "2024-11-12", speaker: { slug: "mark-rutte" } },
      select: { id: true },
    });
    const [summary] = await summariesByIds([paris.id]);
    expect(summary?.speaker.roleThen).toMatch(/Secretary General/);
  });
});

describe("findPublicStatement", () => {
  it("finds published statements, hides drafts and reports deleted ones as gone", async () => {
    const [first, second] = await db.statement.findMany({ select: { id: true }, take: 2, orderBy: { id: "asc" } });
    expect((await findPublicStatement(first!.id)).state).toBe("found");
    await db.statement.update({ where: { id: first!.id }, data: { status: "DRAFT" } });
    expect((await findPublicStatement(first!.id)).state).toBe("missing");
    await db.statement.update({ where: { id: second!.id }, data: { deletedAt: new Date() } });
    expect((await findPublicStatement(second!.id)).state).toBe("deleted");
    expect((await findPublicStatement(987654)).state).toBe("missing");
    expect((await findPublicStatement(Number.NaN)).state).toBe("missing");
  });
});
