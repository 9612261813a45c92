import "server-only";
// The import's save: the source (new, or an existing one found by its address) and every accepted
// statement with its anchor into the snapshot, in one transaction. Each candidate's refusal is
// collected rather than thrown at once, so the analyst sees every problem after one save; any
// refusal then rolls the whole import back.
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/forms/errors";
import type { FieldErrors } from "@/lib/forms/state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildAnchor, locateAnchor } from "@/lib/import/anchor";
import { snapshotSha256 } from "@/lib/import/hash";
import { createPerson } from "@/lib/people/mutations";
import { createSource, updateSource } from "@/lib/sources/mutations";
import type { SourceInput } from "@/lib/sources/schema";
import { attachRendering, createStatement, type DuplicateDetail } from "@/lib/statements/mutations";
import type { SourceLocator } from "@/lib/statements/schema";
import type { StanceShift } from "@/lib/statements/shift";
import type { DuplicateOf, ReviewModel } from "./model";
import { prefixed, type AcceptedCandidate, type AttachedCandidate } from "./review";

type Tx = Prisma.TransactionClient;

/** For an existing source, `fetched` is kept with the snapshot when the source had none yet. */
export type SourceChoice =
  { kind: "new"; source: SourceInput } | { kind: "existing"; id: number; fetched?: Pick<SourceInput, "fetchedAt" | "fetchedSha256"> };

/** What a refused save reports: messages at fields, and per candidate its duplicate and shifts. */
export class ImportRefused extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly duplicates: Record<number, DuplicateOf>,
    readonly shifts: ReviewModel["shifts"],
  ) {
    super("The import was refused.");
    this.name = "ImportRefused";
  }
}

/** The source to link, and the text its anchors refer to. */
async function resolveSource(tx: Tx, choice: SourceChoice, snapshot: string, actorId: number): Promise<{ id: number; text: string }> {
  if (choice.kind === "new") {
    const { id } = await createSource(tx, { ...choice.source, snapshotText: snapshot }, actorId);
    const stored = await tx.source.findUniqueOrThrow({ where: { id }, select: { snapshotSha256: true } });
    // Offsets are only meaningful in exactly this text: never store them against another.
    if (stored.snapshotSha256 !== snapshotSha256(snapshot)) throw new Error("The stored snapshot differs from the reviewed text.");
    return { id, text: snapshot };
  }
  const source = await tx.source.findUnique({
    where: { id: choice.id },
    select: { id: true, title: true, snapshotText: true, version: true, deletedAt: true },
  });
  if (!source || source.deletedAt)
    throw new ExpectedError("The existing source is no longer available.", {
      "source.use": ["That source was deleted or removed. Create a new one instead."],
    });
  if (source.snapshotText === null) {
    await updateSource(tx, source.id, { snapshotText: snapshot, ...choice.fetched, version: source.version }, actorId);
    return { id: source.id, text: snapshot };
  }
  return { id: source.id, text: source.snapshotText };
}

/**
 * The locator of a candidate: its offsets in the reviewed snapshot, or, when the source keeps a
 * different text, where the same words are found in that text (offsets left blank if nowhere).
 */
function locatorFor(snapshot: string, sourceText: string, start: number, end: number): SourceLocator {
  const anchor = buildAnchor(snapshot, start, end);
  const range = sourceText === snapshot ? { start, end } : locateAnchor(sourceText, anchor);
  if (!range)
    return { quoteStart: null, quoteEnd: null, anchorExact: anchor.exact, anchorPrefix: anchor.prefix, anchorSuffix: anchor.suffix };
  const found = buildAnchor(sourceText, range.start, range.end);
  return { quoteStart: found.start, quoteEnd: found.end, anchorExact: found.exact, anchorPrefix: found.prefix, anchorSuffix: found.suffix };
}

export async function saveImport(
  choice: SourceChoice,
  snapshot: string,
  accepted: readonly AcceptedCandidate[],
  actorId: number,
  attached: readonly (AttachedCandidate & { text: string })[] = [],
): Promise<{ sourceId: number; statementIds: number[] }> {
  return db.$transaction(
    async (tx) => {
      let source: { id: number; text: string };
      try {
        source = await resolveSource(tx, choice, snapshot, actorId);
      } catch (error) {
        if (!(error instanceof ExpectedError)) throw error;
        throw new ImportRefused(error.fieldErrors ? prefixed("source", error.fieldErrors) : { source: [error.message] }, {}, {});
      }

      const fieldErrors: FieldErrors = {};
      const duplicates: Record<number, DuplicateOf> = {};
      const shifts: ReviewModel["shifts"] = {};
      const newSpeakers = new Map<string, number>();
      const createdBy = new Map<number, number>(); // statement id → candidate index
      const statementIds: number[] = [];
      for (const candidate of accepted) {
        const field = `c.${candidate.index}`;
        let { input } = candidate;
        try {
          // A new speaker named on several candidates is created once.
          if (input.speaker.kind === "new") {
            const person = input.speaker.person;
            const key = person.name.trim().toLocaleLowerCase("en");
            let id = newSpeakers.get(key);
            if (id === undefined) {
              try {
                id = (await createPerson(tx, person, actorId)).id;
              } catch (error) {
                if (error instanceof ExpectedError && error.fieldErrors)
                  throw new ExpectedError(error.message, prefixed("speaker.new", error.fieldErrors));
                throw error;
              }
              newSpeakers.set(key, id);
            }
            input = { ...input, speaker: { kind: "existing", id } };
          }
          const locator = locatorFor(snapshot, source.text, candidate.start, candidate.end);
          const { id } = await createStatement(
            tx,
            { ...input, sources: [{ key: "0", kind: "existing", id: source.id, locator }] },
            actorId,
          );
          createdBy.set(id, candidate.index);
          statementIds.push(id);
        } catch (error) {
          if (!(error instanceof ExpectedError)) throw error;
          const errors = error.fieldErrors ? prefixed(field, error.fieldErrors) : { [field]: [error.message] };
          // A source row is this import's own: its problems belong to the candidate as a whole.
          for (const [name, messages] of Object.entries(errors)) {
            const key = name.startsWith(`${field}.sources`) ? field : name;
            fieldErrors[key] = [...(fieldErrors[key] ?? []), ...(messages ?? [])];
          }
          const duplicate = error.detail?.duplicateOf as DuplicateDetail | undefined;
          if (duplicate) duplicates[candidate.index] = { ...duplicate, candidate: createdBy.get(duplicate.id) };
          const shifted = error.detail?.shifts as { key: string; shift: StanceShift }[] | undefined;
          if (shifted?.length) {
            shifts[candidate.index] = shifted.map(({ key, shift }) => ({
              key,
              message: shift.message,
              signature: shift.signature,
              statementId: shift.previous.statementId,
            }));
          }
        }
      }
      // Words already recorded: the source is added to the statement as its own rendering of them.
      for (const candidate of attached) {
        try {
          const locator = locatorFor(snapshot, source.text, candidate.start, candidate.end);
          await attachRendering(tx, candidate.statementId, { sourceId: source.id, text: candidate.text, locator }, actorId);
          statementIds.push(candidate.statementId);
        } catch (error) {
          if (!(error instanceof ExpectedError)) throw error;
          fieldErrors[`c.${candidate.index}.renderingOf`] = [error.message];
        }
      }
      if (Object.keys(fieldErrors).length) throw new ImportRefused(fieldErrors, duplicates, shifts);
      return { sourceId: source.id, statementIds };
    },
    // A long transcript may give many statements; SQLite writes them in milliseconds each.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
