// One candidate of the review: the words around it with the quotation highlighted, what the
// engine noticed, and the statement's fields under the candidate's prefix. Plain form controls
// with default values, so the review works the same without JavaScript.
import Link from "next/link";
import { fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { keptValue, type FieldErrors, type FormValues } from "@/lib/forms/state";
import { submittedIndexes } from "@/lib/records/form-rows";
import { STANCE_LABEL, STANCES } from "@/lib/stances/scale";
import { STATEMENT_LIMITS } from "@/lib/statements/schema";
import { candidateField, FLAG_NOTE, MEASURE_LABEL, type DuplicateOf, type ImportOptions, type ReviewCandidate, type ReviewModel } from "./model";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((label, index) => ({
  value: String(index + 1),
  label,
}));
const PRECISIONS = [
  { value: "DAY", label: "Exact day" },
  { value: "MONTH", label: "Month" },
  { value: "YEAR", label: "Year" },
  { value: "RANGE", label: "Between two days" },
  { value: "APPROXIMATE", label: "Approximately" },
];
const KINDS = [
  { value: "QUOTE", label: "Verbatim quote" },
  { value: "PARAPHRASE", label: "Paraphrase" },
];
const STATUSES = [
  { value: "", label: "As chosen for all, below" },
  { value: "DRAFT", label: "Draft" },
  { value: "PUBLISHED", label: "Published" },
];

const hintClass = "text-sm text-stone-600 dark:text-stone-400";
const errorClass = "text-sm font-medium text-red-700 dark:text-red-400";
const noticeClass = "rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50";

export interface CandidateFieldsetProps {
  candidate: ReviewCandidate;
  position: number;
  total: number;
  values: FormValues;
  errors: FieldErrors;
  options: ImportOptions;
  duplicateOf: DuplicateOf | null;
  shifts?: ReviewModel["shifts"][string];
  today: string;
}

export function CandidateFieldset({ candidate, position, total, values, errors, options, duplicateOf, shifts, today }: CandidateFieldsetProps) {
  const name = (field: string) => candidateField(candidate.index, field);
  const value = (field: string) => keptValue(values, name(field));
  const error = (field: string) => errors[name(field)];
  const contextId = `candidate-${candidate.index}-context`;
  const ownError = errors[`c.${candidate.index}`];
  const precision = value("date.precision");
  const otherDateOpen = (precision !== "" && precision !== "DAY") || ["date.year", "date.month", "date.from", "date.to"].some((f) => error(f));
  const text = value("text");
  const edited = candidate.kind === "QUOTE" && text.trim() !== candidate.text.trim();
  // The submitted topic rows, and a blank one whenever all of them are used.
  const submittedTopics = submittedIndexes(values, name("topics"));
  const topicRows = submittedTopics.every((row) => value(`topics.${row}.topicId`) !== "") ? [...submittedTopics, Math.max(-1, ...submittedTopics) + 1] : submittedTopics;
  const hasErrors = Object.keys(errors).some((key) => key === `c.${candidate.index}` || key.startsWith(`c.${candidate.index}.`));
  const notes = candidate.flags.map((flag) => FLAG_NOTE[flag]).filter(Boolean);

  return (
    <fieldset
      aria-describedby={contextId}
      className={`min-w-0 space-y-4 rounded-lg border p-4 ${hasErrors ? "border-red-600 dark:border-red-400" : "border-stone-300 dark:border-stone-700"}`}
    >
      <legend className="px-1 text-base font-semibold">
        Candidate {position} of {total}: {candidate.kind === "QUOTE" ? "quote" : "paraphrase"}
      </legend>
      {ownError?.length ? <p className={errorClass}>{ownError.join(" ")}</p> : null}

      <blockquote id={contextId} className="border-l-4 border-stone-300 pl-3 text-base break-words dark:border-stone-600">
        <span className="text-stone-600 dark:text-stone-400">{candidate.before}</span>
        {candidate.pieces.map((piece, i) =>
          piece.quoted ? (
            <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-stone-900 dark:bg-yellow-300">
              {piece.text}
            </mark>
          ) : (
            <span key={i} className="text-stone-600 dark:text-stone-400">
              {piece.text}
            </span>
          ),
        )}
        <span className="text-stone-600 dark:text-stone-400">{candidate.after}</span>
      </blockquote>
      <ul className={`${hintClass} list-disc space-y-0.5 pl-5`}>
        <li>
          Confidence {Math.round(candidate.confidence * 100)}%{candidate.highConfidence ? " (high)" : ""}.
          {candidate.speakerNote ? ` ${candidate.speakerNote}` : ""}
        </li>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>

      {duplicateOf || value("confirmDuplicate") ? (
        <div className={noticeClass}>
          <p className="font-semibold">Possible duplicate</p>
          {duplicateOf ? (
            <p className="mt-1">
              {duplicateOf.candidate !== undefined ? (
                <>Candidate {duplicateOf.candidate + 1} above has the same speaker, date and text.</>
              ) : (
                <>
                  A statement with the same speaker, date and text exists:{" "}
                  <Link href={`/statements/${duplicateOf.id}`} className="underline">
                    statement #{duplicateOf.id}
                  </Link>{" "}
                  ({duplicateOf.status === "DRAFT" ? "draft" : "published"}).
                </>
              )}
            </p>
          ) : null}
          <label className="mt-2 flex items-start gap-2">
            <input
              type="checkbox"
              name={name("confirmDuplicate")}
              id={fieldId(name("confirmDuplicate"))}
              defaultChecked={value("confirmDuplicate") !== ""}
              aria-describedby={error("confirmDuplicate") ? `${fieldId(name("confirmDuplicate"))}-error` : undefined}
              className="mt-1 size-4 accent-blue-700"
            />
            <span>Save it anyway: this is a different statement</span>
          </label>
          {error("confirmDuplicate") ? (
            <p id={`${fieldId(name("confirmDuplicate"))}-error`} className={errorClass}>
              {error("confirmDuplicate")!.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}

      <label className="flex items-center gap-2 text-base font-medium">
        <input type="checkbox" name={name("accept")} defaultChecked={value("accept") !== ""} className="size-5 accent-blue-700" />
        Accept: save this as a statement
      </label>
      <input type="hidden" name={name("start")} value={value("start")} />
      <input type="hidden" name={name("end")} value={value("end")} />

      <TextAreaField
        name={name("text")}
        label="Text"
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 60) + 1))}
        maxLength={STATEMENT_LIMITS.text}
        defaultValue={text}
        error={error("text")}
        hint={
          candidate.kind === "QUOTE"
            ? edited
              ? "Edited: on its page this quote will show as differing from the source."
              : "A quote's words as in the source. Edit them only to correct; an edited quote shows as differing from the source."
            : undefined
        }
      />

      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name={name("kind")} label="Kind" options={KINDS} defaultValue={value("kind")} error={error("kind")} />
        <div>
          <SelectField
            name={name("speaker.id")}
            label="Speaker"
            placeholder="Choose a speaker"
            options={[...options.speakers, { value: "new", label: "New speaker (name below)" }]}
            defaultValue={value("speaker.id")}
            error={error("speaker.id")}
          />
          <details open={value("speaker.id") === "new" || Boolean(error("speaker.new.name"))} className="mt-2">
            <summary className="cursor-pointer text-sm font-medium">Speaker not in the list?</summary>
            <div className="mt-2">
              <TextField name={name("speaker.new.name")} label="New speaker's name" maxLength={200} autoComplete="off" defaultValue={value("speaker.new.name")} error={error("speaker.new.name")} />
            </div>
          </details>
        </div>
        <SelectField name={name("event.id")} label="Occasion" placeholder="No particular event" options={options.events} defaultValue={value("event.id")} error={error("event.id")} />
        <SelectField name={name("status")} label="Status" options={STATUSES} defaultValue={value("status")} error={error("status")} />
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name={name("date.precision")} label="Date known to" options={PRECISIONS} defaultValue={precision} error={error("date.precision")} />
        <TextField name={name("date.day")} label="Day" type="date" max={today} defaultValue={value("date.day")} error={error("date.day")} hint="For an exact day." />
      </div>
      <details open={otherDateOpen}>
        <summary className="cursor-pointer text-sm font-medium">Month, year or a range instead</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <TextField name={name("date.year")} label="Year" inputMode="numeric" maxLength={4} autoComplete="off" defaultValue={value("date.year")} error={error("date.year")} />
          <SelectField name={name("date.month")} label="Month" placeholder="Choose a month" options={MONTHS} defaultValue={value("date.month")} error={error("date.month")} />
          <TextField name={name("date.from")} label="From" type="date" max={today} defaultValue={value("date.from")} error={error("date.from")} />
          <TextField name={name("date.to")} label="To" type="date" max={today} defaultValue={value("date.to")} error={error("date.to")} hint="Blank for a single estimated day." />
        </div>
      </details>

      <div className="space-y-2">
        <p className="text-sm font-medium">Topics and stances</p>
        {error("topics") ? <p className={errorClass}>{error("topics")!.join(" ")}</p> : null}
        {topicRows.map((row) => {
          const topic = (field: string) => `topics.${row}.${field}`;
          const shift = shifts?.find((entry) => entry.key === String(row));
          const seen = shift?.signature ?? value(topic("shiftSeen"));
          return (
            <div key={row} className="space-y-2 rounded-md border border-stone-200 p-3 dark:border-stone-700">
              <div className="grid gap-3 sm:grid-cols-2">
                <SelectField name={name(topic("topicId"))} label={`Topic ${row + 1}`} placeholder="No topic" options={options.topics} defaultValue={value(topic("topicId"))} error={error(topic("topicId"))} />
                <SelectField
                  name={name(topic("stance"))}
                  label={`Stance on topic ${row + 1}`}
                  placeholder="Choose a stance"
                  options={STANCES.map((stance) => ({ value: stance, label: STANCE_LABEL[stance] }))}
                  defaultValue={value(topic("stance"))}
                  error={error(topic("stance"))}
                />
              </div>
              {shift ? (
                <div className={noticeClass}>
                  <p className="font-semibold">Possible shift: {shift.message}</p>
                  <p>
                    <Link href={`/statements/${shift.statementId}`} className="underline">
                      See that statement
                    </Link>
                    . Add a note on why if you can; saving again without one is fine.
                  </p>
                </div>
              ) : null}
              {seen ? <input type="hidden" name={name(topic("shiftSeen"))} value={seen} /> : null}
              {shift || value(topic("shiftNote")) ? (
                <TextAreaField name={name(topic("shiftNote"))} label="Why the position moved (optional)" rows={2} maxLength={STATEMENT_LIMITS.shiftNote} defaultValue={value(topic("shiftNote"))} error={error(topic("shiftNote"))} />
              ) : null}
            </div>
          );
        })}
      </div>

      {candidate.claims.length ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">Numbers in it</p>
          <p className={hintClass}>Each included number is saved as a numeric claim to check, marked unverified.</p>
          {error("claims") ? <p className={errorClass}>{error("claims")!.join(" ")}</p> : null}
          {candidate.claims.map((claim, row) => {
            const field = (f: string) => `claims.${row}.${f}`;
            return (
              <div key={row} className="space-y-2 rounded-md border border-stone-200 p-3 dark:border-stone-700">
                <label className="flex items-start gap-2">
                  <input type="checkbox" name={name(field("include"))} defaultChecked={value(field("include")) !== ""} className="mt-1 size-4 accent-blue-700" />
                  <span>
                    Include claim {row + 1}: “{claim.text}” ({MEASURE_LABEL[claim.measure]})
                  </span>
                </label>
                <TextField name={name(field("text"))} label={`Claim ${row + 1}`} maxLength={STATEMENT_LIMITS.claimText} autoComplete="off" defaultValue={value(field("text"))} error={error(field("text"))} />
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField name={name(field("value"))} label={`Value of claim ${row + 1}`} inputMode="decimal" autoComplete="off" defaultValue={value(field("value"))} error={error(field("value"))} />
                  <TextField name={name(field("unit"))} label={`Unit of claim ${row + 1}`} maxLength={STATEMENT_LIMITS.claimUnit} autoComplete="off" defaultValue={value(field("unit"))} error={error(field("unit"))} />
                </div>
              </div>
            );
          })}
        </div>
      ) : null}
    </fieldset>
  );
}
