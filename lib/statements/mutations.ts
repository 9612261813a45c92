// Writes to statements, through the record lifecycle. Each runs in one transaction (its own, or
// the caller's), so the statement, any speaker, event or source created inline, and the revisions
// of all of them are stored together or not at all.
import { CLAIM_KIND_LABEL, CLAIM_STATUS_LABEL, type ClaimKindValue, type ClaimStatusValue } from "@/lib/claims/kinds";
import { formatInterval, midpoint, type DateInterval } from "@/lib/dates/precision";
import { createEvent } from "@/lib/events/mutations";
import { ExpectedError } from "@/lib/forms/errors";
import type { FieldErrors } from "@/lib/forms/state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPerson } from "@/lib/people/mutations";
import { defineRecord, inTransaction, type Db, type Tx } from "@/lib/records/lifecycle";
import { createSource } from "@/lib/sources/mutations";
import { sourceSnapshotLine } from "@/lib/renderings/snapshot-line";
import { relationLabel, type RelationTypeValue } from "@/lib/relations/types";
import { HEDGING_LABEL, STANCE_LABEL, type HedgingValue, type Stance } from "@/lib/stances/scale";
import { latestPublishedStances } from "./latest-stances";
import { SELF_LINK_MESSAGE, type RelationInput, type SourceLocator, type StatementInput, type StatementUpdateInput } from "./schema";
import { unacknowledgedShifts, type StanceShift } from "./shift";
import { statementClaimsSelect, statementFieldsSelect } from "./selects";

export const statementSnapshotSelect = {
  ...statementFieldsSelect,
  speaker: { select: { name: true } },
  event: { select: { name: true, date: true } },
  sources: {
    select: { sourceId: true, rendering: true, source: { select: { title: true, outlet: true } } },
    orderBy: { position: "asc" },
  },
  stances: {
    select: { topicId: true, stance: true, hedging: true, shiftNote: true, topic: { select: { name: true } } },
    orderBy: { topicId: "asc" },
  },
  claims: statementClaimsSelect,
  relationsFrom: {
    select: { toId: true, type: true, note: true, to: { select: { speaker: { select: { name: true } } } } },
    orderBy: [{ position: "asc" }, { toId: "asc" }],
  },
} satisfies Prisma.StatementSelect;

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSnapshotSelect }>;

const dateLabel = (date: DateInterval) =>
  date.start === date.end && date.precision === "DAY" ? formatInterval(date) : `${formatInterval(date)} (${date.start} to ${date.end})`;

interface SnapshotParts {
  speakerName: string;
  date: DateInterval;
  event: { name: string; date: string | null } | null;
  kind: string;
  text: string;
  context: string;
  language: string;
  status: string;
  sources: { title: string; outlet: string; rendering?: string | null }[];
  stances: { topicId: number; topicName: string; stance: Stance; hedging: HedgingValue | null; shiftNote: string | null }[];
  claims: {
    text: string;
    kind: ClaimKindValue;
    value: number | null;
    unit: string | null;
    status: ClaimStatusValue;
    note: string;
    evidenceUrl: string | null;
  }[];
  relations: { toId: number; type: RelationTypeValue; note: string; speakerName: string }[];
  deletedAt: Date | null;
}

/**
 * What a revision records: references by name and nested parts as readable lines, so a history
 * entry says "topics: Military aid to Ukraine: For → Against" rather than listing ids.
 */
function snapshotOf(parts: SnapshotParts) {
  return {
    speaker: parts.speakerName,
    date: dateLabel(parts.date),
    event: parts.event ? `${parts.event.name}${parts.event.date ? ` (${parts.event.date})` : ""}` : null,
    kind: parts.kind,
    text: parts.text,
    context: parts.context,
    language: parts.language,
    status: parts.status,
    sources: parts.sources.map((source) => sourceSnapshotLine(source.title, source.outlet, source.rendering)),
    topics: [...parts.stances]
      .sort((a, b) => a.topicId - b.topicId)
      .map(
        (s) =>
          `${s.topicName}: ${STANCE_LABEL[s.stance]}${s.hedging ? ` (${HEDGING_LABEL[s.hedging]})` : ""}` +
          (s.shiftNote ? `; shift note: ${s.shiftNote}` : ""),
      ),
    claims: parts.claims.map((c) =>
      [
        c.text,
        CLAIM_KIND_LABEL[c.kind],
        c.value !== null ? `${c.value}${c.unit ? ` ${c.unit}` : ""}` : null,
        CLAIM_STATUS_LABEL[c.status],
        c.note ? `note: ${c.note}` : null,
        c.evidenceUrl ? `evidence: ${c.evidenceUrl}` : null,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    links: parts.relations.map(
      (r) => `${relationLabel(r.type, "outgoing")} statement #${r.toId} (${r.speakerName})${r.note ? `; note: ${r.note}` : ""}`,
    ),
    deletedAt: parts.deletedAt,
  };
}

export const statementRecord = defineRecord({
  entity: "Statement",
  label: "statement",
  find: (tx, id): Promise<StatementRow | null> => tx.statement.findUnique({ where: { id }, select: statementSnapshotSelect }),
  write: (tx, id, data: Prisma.StatementUncheckedUpdateInput, actorId) =>
    tx.statement.update({ where: { id }, data: { ...data, updatedById: actorId }, select: statementSnapshotSelect }),
  snapshot: (row) =>
    snapshotOf({
      ...row,
      speakerName: row.speaker.name,
      date: { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision },
      sources: row.sources.map((s) => ({ ...s.source, rendering: s.rendering })),
      stances: row.stances.map((s) => ({ ...s, topicName: s.topic.name })),
      relations: row.relationsFrom.map((r) => ({ toId: r.toId, type: r.type, note: r.note, speakerName: r.to.speaker.name })),
    }),
});

/** The statement as its revisions record it. */
export async function statementSnapshot(client: Db, id: number) {
  return statementRecord.definition.snapshot(await statementRecord.load(client as Tx, id));
}

// ---- Checks ------------------------------------------------------------------------------

/** Same wording whatever the quote marks, spacing or case it was pasted with. */
export function normaliseStatementText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["']+|["']+$/g, "")
    .trim()
    .toLocaleLowerCase("en");
}

export interface DuplicateDetail {
  id: number;
  text: string;
  status: "DRAFT" | "PUBLISHED";
}

/** A live statement by the same speaker on the same dates with the same wording, if there is one. */
export async function findDuplicate(
  tx: Tx,
  speakerId: number,
  date: DateInterval,
  text: string,
  selfId: number | null,
): Promise<DuplicateDetail | null> {
  const candidates = await tx.statement.findMany({
    where: {
      speakerId,
      dateSort: midpoint(date.start, date.end),
      dateStart: date.start,
      dateEnd: date.end,
      deletedAt: null,
      ...(selfId ? { id: { not: selfId } } : {}),
    },
    select: { id: true, text: true, status: true },
  });
  const wanted = normaliseStatementText(text);
  return candidates.find((candidate) => normaliseStatementText(candidate.text) === wanted) ?? null;
}

/** What the form shows when a save needs the analyst's confirmation first. */
export interface ConfirmationDetail extends Record<string, unknown> {
  duplicateOf?: DuplicateDetail;
  shifts?: { key: string; shift: StanceShift }[];
}

/**
 * A probable duplicate needs an explicit "save anyway"; a stance that differs from the
 * speaker's last published one must have been shown to the analyst (the form does so as soon
 * as the stance is chosen, or on this refused save when JavaScript is off). Both are reported
 * together so one more submit settles them.
 */
async function assertConfirmed(
  tx: Tx,
  speakerId: number,
  input: StatementInput,
  self: { id: number; stances: { topicId: number; stance: string }[] } | null,
): Promise<void> {
  const duplicate = input.confirmDuplicate ? null : await findDuplicate(tx, speakerId, input.date, input.text, self?.id ?? null);
  // On an edit, a stance left as it was saved has been reviewed already.
  const saved = new Map(self?.stances.map((s) => [s.topicId, s.stance]));
  const changed = input.topics.filter((topic) => saved.get(topic.topicId) !== topic.stance);
  const latest = changed.length
    ? await latestPublishedStances(
        tx,
        speakerId,
        changed.map((t) => t.topicId),
        self?.id ?? null,
      )
    : new Map();
  const shifts = unacknowledgedShifts(latest, changed);
  if (!duplicate && shifts.length === 0) return;

  const fieldErrors: FieldErrors = {};
  const messages: string[] = [];
  const detail: ConfirmationDetail = {};
  if (duplicate) {
    detail.duplicateOf = duplicate;
    fieldErrors.confirmDuplicate = [
      `Statement #${duplicate.id} (${duplicate.status === "DRAFT" ? "draft" : "published"}) has the same speaker, date and text. Tick the box to save this one anyway.`,
    ];
    messages.push("This looks like a duplicate of a statement already recorded.");
  }
  if (shifts.length) {
    detail.shifts = shifts;
    for (const { shift } of shifts)
      messages.push(`Possible shift: ${shift.message}; this statement: ${STANCE_LABEL[shift.proposed].toLowerCase()}.`);
    messages.push("Add a note on why at the topic if you can, then save again (saving again without a note is fine).");
  }
  throw new ExpectedError(messages.join(" "), duplicate ? fieldErrors : undefined, detail);
}

/** Runs another entity's write for a row of this form, moving its field messages under the row's names. */
async function underField<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    const fieldErrors = error.fieldErrors
      ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [`${prefix}.${field}`, messages]))
      : { [prefix]: [error.message] };
    throw new ExpectedError(error.message, fieldErrors, error.detail);
  }
}

interface Linked {
  speakerId: number | null;
  eventId: number | null;
  topicIds: Set<number>;
  sourceIds: Set<number>;
}

const noneLinked: Linked = { speakerId: null, eventId: null, topicIds: new Set(), sourceIds: new Set() };

interface Names {
  speaker: string | null;
  event: { name: string; date: string | null } | null;
  topics: Map<number, string>;
  sources: Map<number, { title: string; outlet: string }>;
}

/**
 * Checks that every chosen speaker, event, topic and source exists, and that none newly chosen
 * is deleted (one the statement already uses may stay). All problems are reported at once.
 * Returns their names for the revision.
 */
async function assertReferences(tx: Tx, input: StatementInput, linked: Linked): Promise<Names> {
  const errors: FieldErrors = {};
  const problem = (row: { deletedAt: Date | null } | undefined | null, keep: boolean, what: string) =>
    !row
      ? `This ${what} no longer exists. Choose another.`
      : row.deletedAt && !keep
        ? `This ${what} was deleted. Restore it first, or choose another.`
        : null;

  const topicIds = input.topics.map((t) => t.topicId);
  const sourceIds = input.sources.flatMap((s) => (s.kind === "existing" ? [s.id] : []));
  const [speaker, event, topics, sources] = await Promise.all([
    input.speaker.kind === "existing"
      ? tx.person.findUnique({ where: { id: input.speaker.id }, select: { id: true, name: true, deletedAt: true } })
      : null,
    input.event?.kind === "existing"
      ? tx.event.findUnique({ where: { id: input.event.id }, select: { id: true, name: true, date: true, deletedAt: true } })
      : null,
    topicIds.length ? tx.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true, deletedAt: true } }) : [],
    sourceIds.length
      ? tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, outlet: true, deletedAt: true } })
      : [],
  ]);
  if (input.speaker.kind === "existing") {
    const message = problem(speaker, linked.speakerId === input.speaker.id, "speaker");
    if (message) errors["speaker.id"] = [message];
  }
  if (input.event?.kind === "existing") {
    const message = problem(event, linked.eventId === input.event.id, "event");
    if (message) errors["event.id"] = [message];
  }
  const topicById = new Map(topics.map((t) => [t.id, t]));
  for (const topic of input.topics) {
    const message = problem(topicById.get(topic.topicId), linked.topicIds.has(topic.topicId), "topic");
    if (message) errors[`topics.${topic.key}.topicId`] = [message];
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const source of input.sources) {
    if (source.kind !== "existing") continue;
    const message = problem(sourceById.get(source.id), linked.sourceIds.has(source.id), "source");
    if (message) errors[`sources.${source.key}.id`] = [message];
  }
  if (Object.keys(errors).length) throw new ExpectedError("Some of the chosen records are no longer available.", errors);
  return {
    speaker: speaker?.name ?? null,
    event: event ? { name: event.name, date: event.date } : null,
    topics: new Map(topics.map((t) => [t.id, t.name])),
    sources: new Map(sources.map((s) => [s.id, { title: s.title, outlet: s.outlet }])),
  };
}

/** Creates what the form asked to create inline; returns the ids to link and, for the revision, their names. */
async function createInline(tx: Tx, input: StatementInput, actorId: number | null, names: Names) {
  const { speaker, event } = input;
  const speakerId =
    speaker.kind === "existing" ? speaker.id : (await underField("speaker.new", () => createPerson(tx, speaker.person, actorId))).id;
  const eventId =
    event === null
      ? null
      : event.kind === "existing"
        ? event.id
        : (await underField("event.new", () => createEvent(tx, event.event, actorId))).id;
  const sources: { id: number; title: string; outlet: string; rendering: string | null; locator?: SourceLocator }[] = [];
  for (const source of input.sources) {
    const rendering = renderingOf(input, source.rendering);
    if (source.kind === "existing") {
      sources.push({ id: source.id, ...(names.sources.get(source.id) ?? { title: "", outlet: "" }), rendering, locator: source.locator });
    } else {
      const { id } = await underField(`sources.${source.key}.new`, () => createSource(tx, source.source, actorId));
      sources.push({ id, title: source.source.title, outlet: source.source.outlet ?? "", rendering, locator: source.locator });
    }
  }
  const sourceIds = sources.map((s) => s.id);
  if (new Set(sourceIds).size !== sourceIds.length) {
    throw new ExpectedError("A source is listed twice.", { sources: ["A source is listed twice: remove one of the rows."] });
  }
  return {
    speakerId,
    eventId,
    sourceIds,
    locators: sources.map((source) => source.locator ?? {}),
    renderings: sources.map((source) => source.rendering),
    names: {
      speakerName: speaker.kind === "existing" ? (names.speaker ?? "") : speaker.person.name,
      event: event === null ? null : event.kind === "existing" ? names.event : { name: event.event.name, date: event.event.date ?? null },
      sources: sources.map(({ title, outlet, rendering }) => ({ title, outlet, rendering })),
    },
  };
}

/**
 * Checks the statements this one links to: each must exist, and one newly linked must not be
 * deleted (a link the statement already has may stay while its target is deleted, so an edit
 * elsewhere on the form is not refused). Returns the speakers' names for the revision.
 */
async function assertLinkTargets(
  tx: Tx,
  relations: RelationInput[],
  selfId: number | null,
  linked: Set<number>,
): Promise<Map<number, string>> {
  const ids = [...new Set(relations.map((r) => r.target))];
  const targets = ids.length
    ? await tx.statement.findMany({
        where: { id: { in: ids } },
        select: { id: true, deletedAt: true, speaker: { select: { name: true } } },
      })
    : [];
  const byId = new Map(targets.map((t) => [t.id, t]));
  const errors: FieldErrors = {};
  for (const relation of relations) {
    const target = byId.get(relation.target);
    const message =
      relation.target === selfId
        ? SELF_LINK_MESSAGE
        : !target
          ? `There is no statement #${relation.target}. Check the number, or pick the statement from the search.`
          : target.deletedAt && !linked.has(relation.target)
            ? `Statement #${relation.target} was deleted. Restore it first, or link another statement.`
            : null;
    if (message) errors[`relations.${relation.key}.target`] = [message];
  }
  if (Object.keys(errors).length) throw new ExpectedError("Some links point to statements that cannot be linked.", errors);
  return new Map(targets.map((t) => [t.id, t.speaker.name]));
}

/** Makes the statement's outgoing links exactly `relations`, in their order. */
async function writeRelations(tx: Tx, fromId: number, relations: RelationInput[]): Promise<void> {
  const kept = relations.map((r) => ({ toId: r.target, type: r.type }));
  await tx.statementRelation.deleteMany({
    where: { fromId, ...(kept.length ? { NOT: { OR: kept } } : {}) },
  });
  for (const [position, relation] of relations.entries()) {
    await tx.statementRelation.upsert({
      where: { fromId_toId_type: { fromId, toId: relation.target, type: relation.type } },
      create: { fromId, toId: relation.target, type: relation.type, note: relation.note, position },
      update: { note: relation.note, position },
    });
  }
}

/** A rendering that repeats the statement's own words is no rendering: the source has the canonical words. */
const renderingOf = (input: StatementInput, rendering: string | null | undefined) =>
  rendering && rendering !== input.text ? rendering : null;

const statementFields = (input: StatementInput) => ({
  dateStart: input.date.start,
  dateEnd: input.date.end,
  datePrecision: input.date.precision,
  dateSort: midpoint(input.date.start, input.date.end),
  kind: input.kind,
  text: input.text,
  context: input.context,
  language: input.language,
  status: input.status,
});

const claimData = (claim: StatementInput["claims"][number], position: number) => ({
  position,
  text: claim.text,
  kind: claim.kind,
  value: claim.value,
  unit: claim.unit,
  status: claim.status,
  note: claim.note,
  evidenceUrl: claim.evidenceUrl,
});

const stanceData = (topic: StatementInput["topics"][number]) => ({
  topicId: topic.topicId,
  stance: topic.stance,
  hedging: topic.hedging,
  shiftNote: topic.shiftNote,
});

// ---- Writes ------------------------------------------------------------------------------

export function createStatement(client: Db, input: StatementInput, actorId: number | null): Promise<{ id: number }> {
  return inTransaction(client, async (tx) => {
    const names = await assertReferences(tx, input, noneLinked);
    const { speakerId, eventId, sourceIds, locators, renderings, names: linkedNames } = await createInline(tx, input, actorId, names);
    const relations = input.relations ?? [];
    const linkedSpeakers = await assertLinkTargets(tx, relations, null, new Set());
    if (input.speaker.kind === "existing") await assertConfirmed(tx, speakerId, input, null);

    const fields = statementFields(input);
    const { id } = await tx.statement.create({
      data: {
        ...fields,
        speakerId,
        eventId,
        createdById: actorId,
        updatedById: actorId,
        sources: {
          create: sourceIds.map((sourceId, position) => ({ sourceId, position, rendering: renderings[position], ...locators[position] })),
        },
        stances: { create: input.topics.map(stanceData) },
        claims: { create: input.claims.map(claimData) },
      },
      select: { id: true },
    });
    await writeRelations(tx, id, relations);
    // Built from what was written rather than read back: the same record, five queries fewer.
    const after = snapshotOf({
      ...fields,
      ...linkedNames,
      date: input.date,
      stances: input.topics.map((topic) => ({ ...stanceData(topic), topicName: names.topics.get(topic.topicId) ?? "" })),
      claims: input.claims,
      relations: relations.map((r) => ({ toId: r.target, type: r.type, note: r.note, speakerName: linkedSpeakers.get(r.target) ?? "" })),
      deletedAt: null,
    });
    await statementRecord.created(tx, id, after, actorId);
    return { id };
  });
}

/**
 * Saves an edit made on `input.version`. Nested parts are changed in place (claims keep their
 * ids, source links keep their page, timestamp and quote anchors). No change, no new version.
 */
export function updateStatement(
  client: Db,
  id: number,
  input: StatementUpdateInput,
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return statementRecord.update(client, id, input.version, actorId, async (current, tx) => {
    const names = await assertReferences(tx, input, {
      speakerId: current.speakerId,
      eventId: current.eventId,
      topicIds: new Set(current.stances.map((s) => s.topicId)),
      sourceIds: new Set(current.sources.map((s) => s.sourceId)),
    });
    if (input.relations) await assertLinkTargets(tx, input.relations, id, new Set(current.relationsFrom.map((r) => r.toId)));
    const { speakerId, eventId, sourceIds, renderings } = await createInline(tx, input, actorId, names);
    if (input.speaker.kind === "existing") {
      await assertConfirmed(tx, speakerId, input, { id, stances: speakerId === current.speakerId ? current.stances : [] });
    }

    const topicIds = input.topics.map((t) => t.topicId);
    const ownClaimIds = new Set(current.claims.map((c) => c.id));
    const keptClaimIds = input.claims.flatMap((c) => (c.id !== null && ownClaimIds.has(c.id) ? [c.id] : []));
    await tx.statement.update({ where: { id }, data: { ...statementFields(input), speakerId, eventId } });
    await tx.stance.deleteMany({ where: { statementId: id, topicId: { notIn: topicIds } } });
    for (const topic of input.topics) {
      const data = stanceData(topic);
      await tx.stance.upsert({
        where: { statementId_topicId: { statementId: id, topicId: topic.topicId } },
        create: { ...data, statementId: id },
        update: data,
      });
    }
    await tx.claim.deleteMany({ where: { statementId: id, id: { notIn: keptClaimIds } } });
    for (const [position, claim] of input.claims.entries()) {
      if (claim.id !== null && ownClaimIds.has(claim.id))
        await tx.claim.update({ where: { id: claim.id }, data: claimData(claim, position) });
      else await tx.claim.create({ data: { ...claimData(claim, position), statementId: id } });
    }
    await tx.statementSource.deleteMany({ where: { statementId: id, sourceId: { notIn: sourceIds } } });
    for (const [position, sourceId] of sourceIds.entries()) {
      await tx.statementSource.upsert({
        where: { statementId_sourceId: { statementId: id, sourceId } },
        create: { statementId: id, sourceId, position, rendering: renderings[position] },
        update: { position, rendering: renderings[position] },
      });
    }
    if (input.relations) await writeRelations(tx, id, input.relations);
    // The parts are written; the lifecycle bumps the version only when the stored record changed.
    const saved = await statementRecord.load(tx, id);
    return JSON.stringify(saved) === JSON.stringify(current) ? null : {};
  });
}

/** Soft delete: the statement leaves the timeline but stays in the database, restorable. */
export const softDeleteStatement = statementRecord.softDelete;
export const restoreStatement = statementRecord.restore;

/**
 * Another source's rendering of a statement's words (an import found the same utterance
 * reported elsewhere): the source is linked with its own wording and its anchor, and the
 * statement's history records the new source. Refused when the source is already linked.
 */
export function attachRendering(
  client: Db,
  id: number,
  rendering: { sourceId: number; text: string; locator: SourceLocator },
  actorId: number | null,
): Promise<{ id: number; version: number }> {
  return inTransaction(client, async (tx) => {
    const { version } = await statementRecord.load(tx, id);
    return statementRecord.update(tx, id, version, actorId, async (current) => {
      if (current.sources.some((s) => s.sourceId === rendering.sourceId))
        throw new ExpectedError("This source is already one of the statement's sources.");
      await tx.statementSource.create({
        data: {
          statementId: id,
          sourceId: rendering.sourceId,
          position: current.sources.length,
          rendering: rendering.text,
          ...rendering.locator,
        },
      });
      return {};
    });
  });
}
