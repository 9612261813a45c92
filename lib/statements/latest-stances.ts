// The speaker's current position per topic: what a new stance is compared with (shift.ts).
// Takes the caller's client or transaction, so the save path checks inside its own transaction
// and scripts can call it outside Next.js.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/dates/precision";
import { positionHistory } from "@/lib/stances/positions";
import type { Stance } from "@/lib/stances/scale";
import type { PublishedStance } from "./shift";
import { readerVisibleSql } from "./visibility";

type Row = {
  topicId: number | bigint;
  topicName: string;
  speakerName: string;
  stance: Stance;
  statementId: number | bigint;
  dateStart: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  eventId: number | bigint | null;
};

/** Enough of the latest statements to see the position they add up to, without reading a whole record. */
const RECENT = 30;

/**
 * Per topic, the speaker's current position (lib/stances/positions.ts) over their latest
 * published, not deleted statements, and the latest of them. "Not stated" is no position and is
 * skipped. `excludeStatementId` leaves out the statement being edited.
 *
 * One LIMIT lookup per topic, walking the speaker's statements newest first along the
 * (speakerId, dateSort, dateStart, id, status, deletedAt) index, which holds the whole order and the
 * visibility rule, and probing the stance's primary key: no statement row is read and no sort is
 * needed until enough matches are found, instead of ranking every stance on the topic. CROSS JOIN
 * keeps SQLite from starting at the topic's side.
 */
export async function latestPublishedStances(
  client: Prisma.TransactionClient,
  speakerId: number,
  topicIds: readonly number[],
  excludeStatementId: number | null = null,
): Promise<Map<number, PublishedStance>> {
  const ids = [...new Set(topicIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0 || !Number.isSafeInteger(speakerId)) return new Map();
  const latestPerTopic = ids.map(
    (topicId, i) => Prisma.sql`SELECT * FROM (
      SELECT st."topicId" AS "topicId", st."stance" AS stance, s."id" AS "statementId", s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd",
        s."datePrecision" AS "datePrecision", s."eventId" AS "eventId"
      FROM "Statement" s CROSS JOIN "Stance" st
      WHERE s."speakerId" = ${speakerId} AND st."statementId" = s."id" AND st."topicId" = ${topicId}
        AND ${readerVisibleSql()} AND st."stance" <> 'NOT_STATED' AND s."id" <> ${excludeStatementId ?? 0}
      ORDER BY s."dateSort" DESC, s."dateStart" DESC, s."id" DESC LIMIT ${RECENT}) AS ${Prisma.raw(`recent${i}`)}`,
  );
  const rows = await client.$queryRaw<Row[]>`
    SELECT latest.*, t."name" AS "topicName", p."name" AS "speakerName"
    FROM (${Prisma.join(latestPerTopic, " UNION ALL ")}) AS latest
    JOIN "Topic" t ON t."id" = latest."topicId"
    JOIN "Person" p ON p."id" = ${speakerId}`;
  const byTopic = new Map<number, Row[]>();
  for (const row of rows) byTopic.set(Number(row.topicId), [...(byTopic.get(Number(row.topicId)) ?? []), row]);
  const result = new Map<number, PublishedStance>();
  for (const [topicId, topicRows] of byTopic) {
    const history = positionHistory(
      topicRows.map((row) => ({
        statementId: Number(row.statementId),
        start: row.dateStart,
        end: row.dateEnd,
        precision: row.datePrecision,
        eventId: row.eventId === null ? null : Number(row.eventId),
        stance: row.stance,
      })),
    );
    const latest = history.current?.latest;
    const first = topicRows[0]!;
    const latestRow = (latest && topicRows.find((row) => Number(row.statementId) === latest.statements.at(-1)!.statementId)) || first;
    result.set(topicId, {
      topicId,
      topicName: first.topicName,
      speakerName: first.speakerName,
      stance: latestRow.stance,
      position: history.current?.stances ?? [latestRow.stance],
      statementId: Number(latestRow.statementId),
      date: latest
        ? { start: latest.start, end: latest.end, precision: latest.precision }
        : { start: latestRow.dateStart, end: latestRow.dateEnd, precision: latestRow.datePrecision },
    });
  }
  return result;
}
