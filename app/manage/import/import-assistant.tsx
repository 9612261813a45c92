"use client";

// The import assistant's two steps on one page, driven by the action's state: bring a text in
// with its source's details, then review the candidates and save. Both steps are plain POST forms
// that work without JavaScript; nothing is stored until the review is saved.
import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError, fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, keptValue, type FieldErrors, type FormState, type FormValues } from "@/lib/forms/state";
import { SOURCE_KIND_LABEL, SOURCE_KINDS } from "@/lib/sources/kinds";
import { statementFieldLabel } from "../statements/field-labels";
import type { SearchLinkCandidates } from "@/components/statement-fields/relation-fields";
import { CandidateFieldset } from "./candidate-fieldset";
import type { ImportOptions, ReviewModel } from "./model";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "c.3.topics.0.stance" → "Candidate 2: Topic 1: Stance", numbered as the review shows them. */
function candidateLabel(name: string, review: ReviewModel | undefined): string | undefined {
  const match = name.match(/^c\.(\d+)(?:\.(.+))?$/);
  if (!match || !review) return undefined;
  const position = review.candidates.findIndex((candidate) => candidate.index === Number(match[1])) + 1;
  const candidate = `Candidate ${position || Number(match[1]) + 1}`;
  if (!match[2]) return candidate;
  return `${candidate}: ${statementFieldLabel(match[2]) ?? match[2]}`;
}

/** A candidate refused for a possible shift links to the note at the topic concerned. */
function shiftHref(name: string, review: ReviewModel | undefined): string | undefined {
  const match = name.match(/^c\.(\d+)$/);
  const shift = match ? review?.shifts[match[1]!]?.[0] : undefined;
  return shift ? `#${fieldId(`c.${match![1]}.topics.${shift.key}.shiftNote`)}` : undefined;
}

const groupClass = "min-w-0 space-y-4 rounded-lg border border-stone-300 p-4 dark:border-stone-700";
const legendClass = "px-1 text-lg font-semibold";
const hintClass = "text-sm text-stone-600 dark:text-stone-400";
const noticeClass =
  "rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50";
const linkClass = "text-sm text-blue-700 underline dark:text-blue-300";

const SOURCE_KIND_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABEL[kind] }));

export function ImportAssistant({
  action,
  searchLinks,
  options,
  today,
}: {
  action: Action;
  searchLinks: SearchLinkCandidates;
  options: ImportOptions;
  today: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  // A <select> keeps the option it was first rendered with: fields are mounted afresh for every
  // result, so each shows the value the action returned.
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setRound(round + 1);
  }
  const summaryRef = useRef<HTMLDivElement>(null);
  const review = state.detail?.review as ReviewModel | undefined;
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const failed = !state.ok && Object.values(errors).some((messages) => messages?.length);
  // A refusal with field messages focuses its own summary; any other outcome is brought into view here.
  useEffect(() => {
    if (state.message && !failed) summaryRef.current?.focus();
  }, [state, failed]);

  const status = (
    <div ref={summaryRef} tabIndex={-1} className="focus:outline-none">
      <FormStatus state={state} fieldLabel={(name) => candidateLabel(name, review)} fieldHref={(name) => shiftHref(name, review)} />
    </div>
  );
  return review ? (
    <ReviewStep
      key={round}
      action={formAction}
      review={review}
      values={values}
      errors={errors}
      options={options}
      searchLinks={searchLinks}
      today={today}
      status={status}
    />
  ) : (
    <SourceStep key={round} action={formAction} values={values} errors={errors} options={options} today={today} status={status} />
  );
}

interface StepProps {
  action: (formData: FormData) => void;
  values: FormValues;
  errors: FieldErrors;
  options: ImportOptions;
  today: string;
  status: React.ReactNode;
}

function SourceFields({
  values,
  errors,
  today,
  withEvent,
  options,
}: Pick<StepProps, "values" | "errors" | "today" | "options"> & { withEvent: boolean }) {
  // At the first step a fetched page fills the title in, so it may be left empty there.
  const value = (name: string) => keptValue(values, name);
  return (
    <>
      <TextField
        name="source.title"
        label="Title"
        required={!withEvent}
        hint={withEvent ? "Required, unless you fetch a web page: its title fills this in." : undefined}
        maxLength={500}
        autoComplete="off"
        defaultValue={value("source.title")}
        error={errors["source.title"]}
      />
      <TextField
        name="source.url"
        label="Web address (optional)"
        type="url"
        maxLength={2000}
        autoComplete="off"
        defaultValue={value("source.url")}
        error={errors["source.url"]}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="source.outlet"
          label="Outlet (optional)"
          maxLength={200}
          autoComplete="off"
          defaultValue={value("source.outlet")}
          error={errors["source.outlet"]}
        />
        <SelectField
          name="source.kind"
          label="Kind of source"
          options={SOURCE_KIND_OPTIONS}
          defaultValue={value("source.kind") || "NEWS_ARTICLE"}
          error={errors["source.kind"]}
        />
        <TextField
          name="source.publishedOn"
          label="Published on"
          type="date"
          max={today}
          defaultValue={value("source.publishedOn")}
          error={errors["source.publishedOn"]}
        />
      </div>
      <TextField
        name="source.notes"
        label="Notes (optional)"
        hint="A fetched page's author fills in here."
        maxLength={5000}
        autoComplete="off"
        defaultValue={value("source.notes")}
        error={errors["source.notes"]}
      />
      {withEvent ? (
        <SelectField
          name="event.id"
          label="Occasion (optional)"
          placeholder="No particular event"
          hint="Where the statements were made. Its date becomes their starting date; otherwise the publication date is."
          options={options.events}
          defaultValue={value("event.id")}
          error={errors["event.id"]}
        />
      ) : null}
    </>
  );
}

/** The same limit the server applies (lib/import/text.ts), checked before a large file is sent. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function tooLarge(input: HTMLInputElement | null): string | null {
  const file = input?.files?.[0];
  return file && file.size > MAX_FILE_BYTES
    ? `The file “${file.name}” is ${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}.`
    : null;
}

function SourceStep({ action, values, errors, options, today, status }: StepProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <form
      action={action}
      className="space-y-8"
      noValidate
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file");
        const problem = input instanceof HTMLInputElement ? tooLarge(input) : null;
        if (!problem) return;
        event.preventDefault();
        setFileError(problem);
        (input as HTMLInputElement).focus();
      }}
    >
      <input type="hidden" name="intent" value="extract" />
      {status}
      <fieldset className={groupClass}>
        <legend className={legendClass}>The text</legend>
        <TextAreaField
          name="text"
          label="Paste the text"
          rows={10}
          hint="An article, press release or transcript. HTML is reduced to its readable text."
          defaultValue={keptValue(values, "text")}
          error={errors.text}
        />
        <TextField
          name="file"
          label="Or upload a file"
          type="file"
          accept=".txt,.md,.html,.htm"
          hint="A .txt, .md or .html file of at most 2 MB."
          error={fileError ? [fileError] : errors.file}
          onChange={(event) => setFileError(tooLarge(event.currentTarget))}
        />
        <TextField
          name="fetchUrl"
          label="Or fetch a web page"
          type="url"
          maxLength={2000}
          autoComplete="off"
          hint="Its article text is read on the server; the title, outlet and date fill in from the page where you left them empty."
          defaultValue={keptValue(values, "fetchUrl")}
          error={errors.fetchUrl}
        />
      </fieldset>
      <fieldset className={groupClass}>
        <legend className={legendClass}>The source</legend>
        <SourceFields values={values} errors={errors} today={today} options={options} withEvent />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Reading…">Find statements</SubmitButton>
        <p className={hintClass}>Nothing is saved until you have reviewed the statements found.</p>
      </div>
    </form>
  );
}

function ReviewStep({
  action,
  review,
  values,
  errors,
  options,
  searchLinks,
  today,
  status,
}: StepProps & { review: ReviewModel; searchLinks: SearchLinkCandidates }) {
  const { candidates, existingSource } = review;
  const high = candidates.filter((c) => c.highConfidence).length;
  const proposed = candidates.filter((c) => c.proposed).length;
  const useExisting = keptValue(values, "source.use") !== "new";
  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="snapshot" value={review.snapshot} />
      <input type="hidden" name="sha256" value={review.sha256} />
      <input type="hidden" name="format" value={review.format} />
      <input type="hidden" name="event.id" value={keptValue(values, "event.id")} />
      {(["retrievedOn", "fetchedAt", "fetchedSha256"] as const).map((field) => (
        <input key={field} type="hidden" name={`source.${field}`} value={keptValue(values, `source.${field}`)} />
      ))}
      {status}
      <p>
        Read {review.characters.toLocaleString("en")} characters{review.format === "html" ? " of text from the HTML" : ""}:{" "}
        {candidates.length} {candidates.length === 1 ? "candidate" : "candidates"}, {high} with high confidence. Nothing is saved until you
        save below.{" "}
        <a href="/manage/import" className={linkClass}>
          Start again
        </a>
      </p>
      {review.warnings.length ? (
        <ul className={`${noticeClass} list-disc space-y-1 pl-8`} aria-label="Notes on the text">
          {review.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}

      <fieldset id={fieldId("source")} tabIndex={-1} className={groupClass}>
        <legend className={legendClass}>The source</legend>
        {existingSource ? (
          <fieldset
            id={fieldId("source.use")}
            tabIndex={-1}
            className={noticeClass}
            aria-describedby={errors["source.use"] ? "source-use-error" : undefined}
          >
            <legend className="font-semibold">A source with this web address exists: {existingSource.title}</legend>
            <p className="mt-1">
              {existingSource.snapshot === "same"
                ? "It keeps the same text."
                : existingSource.snapshot === "empty"
                  ? "It has no stored text yet: this text will be stored with it."
                  : "It keeps a different text: the quotes will be anchored where they are found in it."}
            </p>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              <label className="inline-flex items-center gap-2">
                <input type="radio" name="source.use" value="existing" defaultChecked={useExisting} className="size-4 accent-blue-700" />
                Link the statements to it
              </label>
              <label className="inline-flex items-center gap-2">
                <input type="radio" name="source.use" value="new" defaultChecked={!useExisting} className="size-4 accent-blue-700" />
                Create a new source (change the address below)
              </label>
            </div>
            {errors["source.use"] ? (
              <p id="source-use-error" className="mt-1 font-medium text-red-700 dark:text-red-400">
                {errors["source.use"].join(" ")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <FieldError id={`${fieldId("source")}-error`} error={errors.source} />
        <SourceFields values={values} errors={errors} today={today} options={options} withEvent={false} />
      </fieldset>

      <section aria-labelledby="candidates-heading" className="space-y-4">
        <h2 id="candidates-heading" className="text-xl font-semibold">
          Candidates in the order of the text
        </h2>
        {candidates.length > 0 ? (
          <p className={hintClass}>
            Tick “Accept” on each statement to keep, and correct its speaker, date and topics. Candidates the assistant is confident about,
            with a speaker and not already recorded, are ticked; “Accept all high-confidence” below ticks them again.
          </p>
        ) : null}
        {candidates.length === 0 ? (
          <p className={noticeClass}>
            Nothing found: no quotations, transcript turns or reported speech. Check the text, or start again with another.
          </p>
        ) : (
          <ol className="space-y-6">
            {candidates.map((candidate, i) => (
              <li key={candidate.index}>
                <CandidateFieldset
                  candidate={candidate}
                  position={i + 1}
                  total={candidates.length}
                  values={values}
                  errors={errors}
                  options={options}
                  duplicateOf={candidate.duplicateOf}
                  shifts={review.shifts[String(candidate.index)]}
                  searchLinks={searchLinks}
                  today={today}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {candidates.length > 0 ? (
        <fieldset className={groupClass}>
          <legend className={legendClass}>Save</legend>
          <fieldset>
            <legend className="text-sm font-medium">Save the accepted statements as</legend>
            <p className={hintClass}>A candidate&apos;s own status, where chosen, wins. Drafts are visible to analysts and admins only.</p>
            <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
              {[
                { value: "DRAFT", label: "Drafts" },
                { value: "PUBLISHED", label: "Published" },
              ].map((option) => (
                <label key={option.value} className="inline-flex items-center gap-2 text-base">
                  <input
                    type="radio"
                    name="status"
                    value={option.value}
                    defaultChecked={(keptValue(values, "status") || "DRAFT") === option.value}
                    className="size-4 accent-blue-700"
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            {/* Save comes first: it is what pressing Enter in a field does. */}
            <SubmitButton name="intent" value="save">
              Save accepted statements
            </SubmitButton>
            {proposed > 0 ? (
              <SubmitButton name="intent" value="accept-high" variant="secondary" pendingLabel="Ticking…">
                Accept all high-confidence ({proposed})
              </SubmitButton>
            ) : null}
            <a href="/manage/import" className={linkClass}>
              Start again
            </a>
          </div>
        </fieldset>
      ) : null}
    </form>
  );
}
