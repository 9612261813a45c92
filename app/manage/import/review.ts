import "server-only";
// The review step's data: reading what the analyst brought in, proposing candidates, and turning
// the reviewed form back into statement inputs. Stores nothing.
import type { z } from "zod";
import { dict, own } from "@/lib/collections/dict";
import { db } from "@/lib/db/client";
import type { DateInterval } from "@/lib/dates/precision";
import { fieldErrorsFromIssues, keptValue, type FieldErrors, type FormValues } from "@/lib/forms/state";
import { extractCandidates, PROPOSED_CONFIDENCE } from "@/lib/import/extract";
import { snapshotSha256 } from "@/lib/import/hash";
import { formatBytes, MAX_IMPORT_BYTES, readImport, type ImportResult } from "@/lib/import/text";
import type { Candidate } from "@/lib/import/types";
import { MAX_SNAPSHOT_LENGTH, sourceCreateSchema, type SourceInput } from "@/lib/sources/schema";
import { normaliseUrl } from "@/lib/sources/url";
import { renderingMatches } from "@/lib/renderings/queries";
import { findDuplicate } from "@/lib/statements/mutations";
import { nestFormValues } from "@/lib/statements/form-values";
import { statementCreateSchema, type StatementInput } from "@/lib/statements/schema";
import { extractionDirectory } from "./directory";
import { candidateField, SPEAKER_VIA, type ExistingSource, type ReviewCandidate, type ReviewModel } from "./model";

const CONTEXT_CHARS = 90;
/** More candidates than this make a page too heavy to review (and to send back): split the text. */
export const MAX_REVIEW_CANDIDATES = 200;

// ---- Step 1: the text and the source ------------------------------------------------------

// The last three are set by an import from a web address (hidden fields in the review).
export const SOURCE_FIELDS = [
  "url",
  "title",
  "outlet",
  "kind",
  "publishedOn",
  "retrievedOn",
  "fetchedAt",
  "fetchedSha256",
  "notes",
] as const;

/** The source's metadata from `source.*` fields, validated as a source is. */
export function parseSourceMeta(values: FormValues): { ok: true; source: SourceInput } | { ok: false; fieldErrors: FieldErrors } {
  const raw = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, keptValue(values, `source.${field}`)]));
  const parsed = sourceCreateSchema.safeParse({ ...raw, kind: raw.kind || undefined });
  if (parsed.success) return { ok: true, source: parsed.data };
  return { ok: false, fieldErrors: prefixed("source", fieldErrorsFromIssues(parsed.error.issues)) };
}

export function prefixed(prefix: string, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [field === "form" ? prefix : `${prefix}.${field}`, messages]),
  );
}

/**
 * The pasted text or the uploaded file as snapshot text, or a message for the field it concerns.
 * The size is checked before a file is read; the snapshot must also fit in a source.
 */
export async function readSubmittedText(
  formData: FormData,
): Promise<{ ok: true; result: Extract<ImportResult, { ok: true }> } | { ok: false; fieldErrors: FieldErrors }> {
  const file = formData.get("file");
  // An empty file input still sends a file: nameless from a browser, named "undefined" through
  // React's encoding. Only a file with content counts; a named empty one is said to be empty.
  const upload = file instanceof File && file.size > 0 ? file : null;
  const emptyFile = file instanceof File && file.size === 0 && file.name !== "" && file.name !== "undefined" ? file.name : null;
  const pasted = String(formData.get("text") ?? "");
  if (upload && pasted.trim())
    return { ok: false, fieldErrors: { file: ["Paste the text or choose a file, not both. Clear the text box to import the file."] } };
  if (!upload && !pasted.trim()) {
    if (emptyFile) return { ok: false, fieldErrors: { file: [`The file “${emptyFile}” is empty.`] } };
    return { ok: false, fieldErrors: { text: ["Paste the text of the article or transcript, or choose a file below."] } };
  }

  let result: ImportResult;
  if (upload) {
    // Checked before the file is copied into memory; readImport says the same of a paste.
    if (upload.size > MAX_IMPORT_BYTES) {
      return {
        ok: false,
        fieldErrors: { file: [`The file “${upload.name}” is ${formatBytes(upload.size)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`] },
      };
    }
    result = readImport({ bytes: new Uint8Array(await upload.arrayBuffer()), fileName: upload.name });
  } else {
    result = readImport({ text: pasted });
  }
  const field = upload ? "file" : "text";
  if (!result.ok) return { ok: false, fieldErrors: { [field]: [result.message] } };
  if (result.snapshot.text.length > MAX_SNAPSHOT_LENGTH) {
    const length = result.snapshot.text.length.toLocaleString("en");
    return {
      ok: false,
      fieldErrors: {
        [field]: [
          `The readable text is ${length} characters long; a source keeps at most ${MAX_SNAPSHOT_LENGTH.toLocaleString("en")}. Split it into parts.`,
        ],
      },
    };
  }
  return { ok: true, result };
}

/** The text exactly as it will be stored: the source schema trims a snapshot, so trim first. */
export function storedSnapshotText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

// ---- Step 2: candidates -------------------------------------------------------------------

interface Defaults {
  day: string | null;
  eventId: string;
}

/** A few words either side of a candidate, within its paragraph, cut at word boundaries. */
function around(text: string, start: number, end: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const paragraphStart = before.lastIndexOf("\n");
  if (paragraphStart !== -1) before = before.slice(paragraphStart + 1);
  else if (start > CONTEXT_CHARS) before = `…${before.replace(/^\S*\s/, "")}`;
  let after = text.slice(end, end + CONTEXT_CHARS);
  const paragraphEnd = after.indexOf("\n");
  if (paragraphEnd !== -1) after = after.slice(0, paragraphEnd);
  else if (end + CONTEXT_CHARS < text.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return { before, after };
}

function piecesOf(text: string, candidate: Candidate): ReviewCandidate["pieces"] {
  const pieces: ReviewCandidate["pieces"] = [];
  candidate.segments.forEach((segment, i) => {
    const previous = candidate.segments[i - 1];
    if (previous && segment.start > previous.end) pieces.push({ text: text.slice(previous.end, segment.start), quoted: false });
    pieces.push({ text: text.slice(segment.start, segment.end), quoted: true });
  });
  return pieces;
}

function speakerNote(candidate: Candidate): string | null {
  const speaker = candidate.speaker;
  if (!speaker) return null;
  if (speaker.role) return `Labelled “${speaker.matched || speaker.name}”: a role, not a person. Choose the speaker, or leave it out.`;
  const via = own(SPEAKER_VIA, speaker.via) ?? speaker.via;
  return speaker.matched && speaker.matched !== speaker.name ? `Speaker read from “${speaker.matched}”, ${via}.` : `Speaker: ${via}.`;
}

export interface Review {
  model: ReviewModel;
  /** Starting values of every candidate field, for the first review. */
  defaults: FormValues;
}

/**
 * Runs the engine on the snapshot and lays out the review: candidates in document order with the
 * words around them, and the starting value of each field (speaker resolved, date from the event
 * or the publication, blank topic rows beside the suggested topics, proposed ones ticked).
 */
export async function buildReview(
  snapshot: string,
  meta: { url: string | null; format: ReviewModel["format"]; warnings: string[] },
  defaults: Defaults,
): Promise<Review> {
  const directory = await extractionDirectory();
  const extraction = extractCandidates(snapshot, { ...directory, defaultDate: defaults.day });
  const sha256 = snapshotSha256(snapshot);
  const existingSource = await findExistingSource(meta.url, sha256);
  const values: FormValues = {};
  const candidates: ReviewCandidate[] = [];
  const warnings = [...meta.warnings, ...extraction.warnings];
  if (extraction.candidates.length > MAX_REVIEW_CANDIDATES) {
    warnings.push(
      `${extraction.candidates.length} candidates were found; the first ${MAX_REVIEW_CANDIDATES} are shown. Import the rest of the text separately.`,
    );
  }
  for (const [index, candidate] of extraction.candidates.slice(0, MAX_REVIEW_CANDIDATES).entries()) {
    const field = (name: string) => candidateField(index, name);
    const speakerId = candidate.speaker?.id;
    const knownSpeaker = typeof speakerId === "number";
    const duplicate =
      knownSpeaker && defaults.day ? await findDuplicate(db, speakerId, dayInterval(defaults.day), candidate.text, null) : null;
    const renderingOf = knownSpeaker && defaults.day ? await renderingMatches(db, speakerId, defaults.day, candidate.text) : [];
    const highConfidence = candidate.confidence >= PROPOSED_CONFIDENCE;
    // Words already recorded are left for the analyst: a new statement, or another rendering.
    const proposed = highConfidence && Boolean(candidate.speaker) && !candidate.speaker?.role && !duplicate && renderingOf.length === 0;
    candidates.push({
      index,
      kind: candidate.kind,
      text: candidate.text,
      start: candidate.start,
      end: candidate.end,
      pieces: piecesOf(snapshot, candidate),
      ...around(snapshot, candidate.start, candidate.end),
      confidence: candidate.confidence,
      highConfidence,
      proposed,
      flags: candidate.flags,
      speakerNote: speakerNote(candidate),
      duplicateOf: duplicate,
      renderingOf,
      claims: candidate.claims.map(({ measure, text }) => ({ measure, text })),
      // Only with evidence: a suggestion names the words it was made from.
      suggestedTopics: candidate.topics
        .filter((topic) => topic.id !== undefined && topic.matchedTerms.length > 0)
        .map((topic) => ({ id: String(topic.id), name: topic.name, matched: topic.matchedTerms })),
    });
    if (proposed) values[field("accept")] = "on";
    values[field("start")] = String(candidate.start);
    values[field("end")] = String(candidate.end);
    values[field("kind")] = candidate.kind;
    values[field("renderingOf")] = "";
    values[field("text")] = candidate.text;
    values[field("speaker.id")] = knownSpeaker ? String(speakerId) : candidate.speaker && !candidate.speaker.role ? "new" : "";
    values[field("speaker.new.name")] = candidate.speaker && !knownSpeaker && !candidate.speaker.role ? candidate.speaker.name : "";
    values[field("date.precision")] = "DAY";
    values[field("date.day")] = defaults.day ?? "";
    values[field("event.id")] = defaults.eventId;
    values[field("status")] = "";
    // Blank topic rows, one per suggestion (at least one): the analyst picks topic and stance.
    for (let row = 0; row < Math.max(1, candidates.at(-1)!.suggestedTopics.length); row++) {
      values[field(`topics.${row}.topicId`)] = "";
      values[field(`topics.${row}.stance`)] = "";
    }
    candidate.claims.forEach((claim, row) => {
      values[field(`claims.${row}.include`)] = "on";
      values[field(`claims.${row}.text`)] = claim.text;
      values[field(`claims.${row}.value`)] = String(claim.value);
      values[field(`claims.${row}.unit`)] = claim.unit;
    });
  }
  return {
    model: {
      snapshot,
      sha256,
      characters: snapshot.length,
      format: meta.format,
      existingSource,
      warnings,
      candidates,
      shifts: {},
    },
    defaults: values,
  };
}

const dayInterval = (day: string): DateInterval => ({ start: day, end: day, precision: "DAY" });

/** A live source with the same (normalised) address: the import can link to it instead. */
async function findExistingSource(url: string | null, sha256: string): Promise<ExistingSource | null> {
  const normal = url ? normaliseUrl(url) : null;
  if (!normal) return null;
  const source = await db.source.findUnique({
    where: { url: normal },
    select: { id: true, title: true, snapshotSha256: true, snapshotText: true, deletedAt: true },
  });
  if (!source || source.deletedAt) return null;
  const snapshot = source.snapshotSha256 === sha256 ? "same" : source.snapshotText ? "different" : "empty";
  return { id: source.id, title: source.title, snapshot };
}

/** The snapshot sent back by the browser, if it is the one the offsets were computed on. */
export function verifiedSnapshot(values: FormValues): string | null {
  const snapshot = storedSnapshotText(keptValue(values, "snapshot"));
  const sha256 = keptValue(values, "sha256");
  if (!snapshot || snapshot.length > MAX_SNAPSHOT_LENGTH || !/^[0-9a-f]{64}$/.test(sha256)) return null;
  return snapshotSha256(snapshot) === sha256 ? snapshot : null;
}

// ---- Save: the reviewed form as statements ------------------------------------------------

// Sources are the import's own (added on save).
const importedStatementSchema = statementCreateSchema.omit({ sources: true });
type ImportedStatement = z.output<typeof importedStatementSchema>;

export interface AcceptedCandidate {
  index: number;
  start: number;
  end: number;
  input: Omit<StatementInput, "sources">;
}

/** A ticked candidate to add as another rendering of a statement already recorded. */
export interface AttachedCandidate {
  index: number;
  start: number;
  end: number;
  statementId: number;
}

const RENDERING_CHOICE = "Choose one of the statements offered, or “A new statement”.";

/** The ticked candidates as statement inputs, or every problem at its field. */
export function parseAccepted(
  values: FormValues,
  snapshot: string,
): { accepted: AcceptedCandidate[]; attached: AttachedCandidate[]; fieldErrors: FieldErrors } {
  const nested = nestFormValues(values);
  const rows = (typeof nested.c === "object" && nested.c !== null ? nested.c : {}) as Record<string, Record<string, unknown>>;
  const defaultStatus = keptValue(values, "status") || "DRAFT";
  const accepted: AcceptedCandidate[] = [];
  const attached: AttachedCandidate[] = [];
  const fieldErrors: FieldErrors = {};
  const indexes = Object.keys(rows)
    .filter((key) => /^\d{1,5}$/.test(key))
    .map(Number)
    .sort((a, b) => a - b);
  for (const index of indexes) {
    const row = rows[String(index)]!;
    if (keptValue(values, candidateField(index, "accept")) === "") continue;
    const start = Number(keptValue(values, candidateField(index, "start")));
    const end = Number(keptValue(values, candidateField(index, "end")));
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start || end > snapshot.length) {
      fieldErrors[candidateField(index, "text")] = ["This candidate's position in the text is invalid. Start the import again."];
      continue;
    }
    // Another rendering of a recorded statement: the statement's own fields are not asked for.
    const renderingOf = keptValue(values, candidateField(index, "renderingOf")).trim();
    if (renderingOf) {
      if (/^\d{1,12}$/.test(renderingOf)) attached.push({ index, start, end, statementId: Number(renderingOf) });
      else fieldErrors[candidateField(index, "renderingOf")] = [RENDERING_CHOICE];
      continue;
    }
    const parsed = importedStatementSchema.safeParse({
      ...row,
      claims: includedClaims(row.claims),
      topics: chosenTopics(row.topics),
      context: row.context ?? "",
      language: row.language ?? "en",
      status: typeof row.status === "string" && row.status ? row.status : defaultStatus,
    });
    if (!parsed.success) {
      Object.assign(fieldErrors, prefixed(`c.${index}`, fieldErrorsFromIssues(parsed.error.issues)));
      continue;
    }
    const input: ImportedStatement = parsed.data;
    accepted.push({ index, start, end, input });
  }
  return { accepted, attached, fieldErrors };
}

/** The attached candidates whose statement is one the review offered them; the others are refused at the field. */
export function offeredRenderings(attached: AttachedCandidate[], candidates: ReviewCandidate[], fieldErrors: FieldErrors) {
  return attached.flatMap((candidate) => {
    const offered = candidates[candidate.index]?.renderingOf.some((match) => match.id === candidate.statementId);
    if (offered) return [{ ...candidate, text: candidates[candidate.index]!.text }];
    fieldErrors[candidateField(candidate.index, "renderingOf")] = [RENDERING_CHOICE];
    return [];
  });
}

/** Topic rows with a topic chosen: "No topic" drops the row, and with it any stance left in it. */
function chosenTopics(raw: unknown): Record<string, unknown> {
  const rows = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(rows).filter(([, fields]) => {
      const raw = typeof fields === "object" && fields !== null ? (fields as Record<string, unknown>).topicId : undefined;
      const topicId = Array.isArray(raw) ? raw[0] : raw;
      return typeof topicId === "string" && topicId.trim() !== "";
    }),
  );
}

/**
 * The ticked claim rows as the statement schema's claim rows (kept under their row numbers, so
 * messages land at their fields): numbers found in the text, not yet checked.
 */
function includedClaims(raw: unknown): Record<string, Record<string, unknown>> {
  const rows = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const claims = dict<Record<string, unknown>>();
  for (const [row, fields] of Object.entries(rows)) {
    if (typeof fields !== "object" || fields === null) continue;
    const { include, text, value, unit } = fields as Record<string, unknown>;
    if (!include) continue;
    claims[row] = {
      id: "",
      text: text ?? "",
      kind: "NUMERIC",
      value: value ?? "",
      unit: unit ?? "",
      status: "UNVERIFIED",
      note: "",
      evidenceUrl: "",
    };
  }
  return claims;
}
