"use client";

// One candidate of the review: the words around it with the quotation highlighted, what the
// engine noticed, and the statement's fields under the candidate's prefix, made of the statement
// form's own parts. Plain form controls with default values, so the review works without
// JavaScript too.
import Link from "next/link";
import { useState } from "react";
import { fieldId, SelectField } from "@/components/forms/fields";
import { formClass } from "@/components/forms/layout";
import { ClaimFields } from "@/components/statement-fields/claim-fields";
import { DateFields } from "@/components/statement-fields/date-fields";
import { DuplicateNotice } from "@/components/statement-fields/duplicate-notice";
import { EventField } from "@/components/statement-fields/event-field";
import { RelationFields, type SearchLinkCandidates } from "@/components/statement-fields/relation-fields";
import { fieldScope, rowScope } from "@/components/statement-fields/scope";
import { SpeakerField } from "@/components/statement-fields/speaker-field";
import { KIND_OPTIONS, StatementTextField } from "@/components/statement-fields/text-field";
import { TopicStanceFields } from "@/components/statement-fields/topic-fields";
import { useHydrated } from "@/components/repeatable-rows";
import { WordDiff } from "@/components/word-diff";
import type { FieldErrors, FormValues } from "@/lib/forms/state";
import { submittedIndexes } from "@/lib/records/form-rows";
import {
  candidateField,
  FLAG_NOTE,
  MEASURE_LABEL,
  type DuplicateOf,
  type ImportOptions,
  type ReviewCandidate,
  type ReviewModel,
} from "./model";

const STATUSES = [
  { value: "", label: "As chosen for all, below" },
  { value: "DRAFT", label: "Draft" },
  { value: "PUBLISHED", label: "Published" },
];

export interface CandidateFieldsetProps {
  candidate: ReviewCandidate;
  position: number;
  total: number;
  values: FormValues;
  errors: FieldErrors;
  options: ImportOptions;
  duplicateOf: DuplicateOf | null;
  shifts?: ReviewModel["shifts"][string];
  searchLinks?: SearchLinkCandidates;
  today: string;
}

/** The id of a candidate's fieldset, where the error summary links its messages as a whole. */
export const candidateId = (index: number) => fieldId(`c.${index}`);

export function CandidateFieldset({
  candidate,
  position,
  total,
  values,
  errors,
  options,
  duplicateOf,
  shifts,
  searchLinks,
  today,
}: CandidateFieldsetProps) {
  const hydrated = useHydrated();
  const prefix = candidateField(candidate.index, "");
  const scope = fieldScope(values, errors, prefix);
  const contextId = `candidate-${candidate.index}-context`;
  const ownError = errors[`c.${candidate.index}`];
  const text = scope.value("text");
  const edited = candidate.kind === "QUOTE" && text.trim() !== candidate.text.trim();
  // The submitted topic rows, and a blank one whenever all of them are used.
  const submittedTopics = submittedIndexes(values, scope.name("topics"));
  const topicRows = submittedTopics.every((row) => scope.value(`topics.${row}.topicId`) !== "")
    ? [...submittedTopics, Math.max(-1, ...submittedTopics) + 1]
    : submittedTopics;
  // Link rows likewise: those submitted, and a blank one whenever all are used.
  const submittedLinks = submittedIndexes(values, scope.name("relations"));
  const linkRows = submittedLinks.every((row) => scope.value(`relations.${row}.target`) !== "")
    ? [...submittedLinks, Math.max(-1, ...submittedLinks) + 1]
    : submittedLinks;
  const hasErrors = Object.keys(errors).some((key) => key === `c.${candidate.index}` || key.startsWith(prefix));
  const notes = candidate.flags.map((flag) => FLAG_NOTE[flag]).filter(Boolean);
  const suggested = candidate.suggestedTopics.map((topic) => ({
    value: topic.id,
    label: `${topic.name} (${topic.matched.map((word) => `“${word}”`).join(", ")})`,
  }));
  const topicError = scope.error("topics");
  // Another rendering takes none of the fields below: the statement keeps its own text, speaker,
  // date, topics and stances, claims and links. Once the page is live they are hidden while such a
  // choice stands (still sent, so a new statement keeps what was typed); without JavaScript a
  // note says so.
  const [renderingChoice, setRenderingChoice] = useState(scope.value("renderingOf"));
  const attachedTo = candidate.renderingOf.find((match) => String(match.id) === renderingChoice) ?? null;

  return (
    <fieldset
      id={candidateId(candidate.index)}
      tabIndex={-1}
      aria-describedby={[contextId, ownError?.length ? `${candidateId(candidate.index)}-error` : null].filter(Boolean).join(" ")}
      aria-invalid={hasErrors ? true : undefined}
      className={`min-w-0 space-y-4 rounded-lg border p-4 ${hasErrors ? "border-2 border-red-700 dark:border-red-400" : "border-stone-300 dark:border-stone-700"}`}
    >
      <legend className="px-1 text-base font-semibold">
        Candidate {position} of {total}: {candidate.kind === "QUOTE" ? "quote" : "paraphrase"}
      </legend>
      {ownError?.length ? (
        <p id={`${candidateId(candidate.index)}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {ownError.join(" ")}
        </p>
      ) : null}

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
      <ul className={`${formClass.hint} list-disc space-y-0.5 pl-5`}>
        <li>
          Confidence {Math.round(candidate.confidence * 100)}%{candidate.highConfidence ? " (high)" : ""}.
          {candidate.speakerNote ? ` ${candidate.speakerNote}` : ""}
        </li>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>

      <DuplicateNotice scope={scope} confirmLabel="Save it anyway: this is a different statement" show={duplicateOf !== null}>
        {duplicateOf ? (
          duplicateOf.candidate !== undefined ? (
            <>Candidate {duplicateOf.candidate + 1} above has the same speaker, date and text.</>
          ) : (
            <>
              A statement with the same speaker, date and text exists:{" "}
              <Link href={`/statements/${duplicateOf.id}`} className="underline">
                statement #{duplicateOf.id}
              </Link>{" "}
              ({duplicateOf.status === "DRAFT" ? "draft" : "published"}).
            </>
          )
        ) : null}
      </DuplicateNotice>

      {candidate.renderingOf.length ? <RenderingChoice candidate={candidate} scope={scope} onChoose={setRenderingChoice} /> : null}

      <label className="flex items-center gap-2 text-base font-medium">
        <input
          type="checkbox"
          name={scope.name("accept")}
          defaultChecked={scope.value("accept") !== ""}
          className="size-5 accent-blue-700"
        />
        {candidate.renderingOf.length ? "Accept: save this as chosen above" : "Accept: save this as a statement"}
      </label>
      <input type="hidden" name={scope.name("start")} value={scope.value("start")} />
      <input type="hidden" name={scope.name("end")} value={scope.value("end")} />

      {candidate.renderingOf.length ? (
        <p className={`${formClass.hint} font-medium`} data-testid="rendering-fields-note">
          {hydrated && attachedTo ? (
            <>
              Added to{" "}
              <Link href={`/statements/${attachedTo.id}`} className="underline">
                statement #{attachedTo.id}
              </Link>{" "}
              as this source&rsquo;s rendering of its words: the statement&rsquo;s own text, speaker, date, occasion, topics and stances,
              claims and links apply. Choose &ldquo;A new statement&rdquo; to fill in fields of its own.
            </>
          ) : (
            <>
              The fields below are for a new statement only. Added as another rendering, the words keep the recorded statement&rsquo;s own
              text, speaker, date, occasion, topics and stances, claims and links.
            </>
          )}
        </p>
      ) : null}

      <div className="space-y-4" hidden={hydrated && attachedTo !== null}>
        <StatementTextField
          scope={scope}
          rows={Math.min(8, Math.max(2, Math.ceil(text.length / 60) + 1))}
          hint={
            candidate.kind === "QUOTE"
              ? edited
                ? "Edited: on its page this quote will show as differing from the source."
                : "A quote's words as in the source. Edit them only to correct; an edited quote shows as differing from the source."
              : undefined
          }
        />

        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name={scope.name("kind")}
            label="Kind"
            options={KIND_OPTIONS}
            defaultValue={scope.value("kind")}
            error={scope.error("kind")}
          />
          <div className="space-y-2">
            <SpeakerField scope={scope} speakers={options.speakers} hydrated={hydrated} today={today} detailed={false} />
          </div>
          <EventField scope={scope} events={options.events} hydrated={hydrated} today={today} label="Occasion" allowNew={false} />
          <SelectField
            name={scope.name("status")}
            label="Status"
            options={STATUSES}
            defaultValue={scope.value("status")}
            error={scope.error("status")}
          />
        </div>

        <fieldset className="min-w-0 space-y-3">
          <legend className="text-sm font-medium">When</legend>
          <DateFields scope={scope} hydrated={hydrated} control="select" />
        </fieldset>

        <fieldset
          id={fieldId(scope.name("topics"))}
          tabIndex={-1}
          className="min-w-0 space-y-2"
          aria-describedby={`${fieldId(scope.name("topics"))}-hint`}
        >
          <legend className="text-sm font-medium">Topics and stances</legend>
          <p id={`${fieldId(scope.name("topics"))}-hint`} className={formClass.hint}>
            {candidate.suggestedTopics.length ? (
              <>
                Suggested from the words:{" "}
                {candidate.suggestedTopics.map((topic, i) => (
                  <span key={topic.id}>
                    {i > 0 ? "; " : ""}
                    <strong className="font-semibold">{topic.name}</strong> ({topic.matched.map((word) => `“${word}”`).join(", ")})
                  </span>
                ))}
                . Choose a topic and the stance taken only where the words say so.
              </>
            ) : (
              "No topic was suggested. Choose one only where the words take a stance on it."
            )}
          </p>
          {topicError ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{topicError.join(" ")}</p> : null}
          {topicRows.map((row) => {
            const shift = shifts?.find((entry) => entry.key === String(row));
            const rowFields = rowScope(values, errors, scope.name("topics"), row, row);
            return (
              <TopicStanceFields
                key={row}
                scope={rowFields}
                legend={`Topic ${row + 1}`}
                topics={options.topics}
                suggested={suggested}
                withHedging={false}
                topicPlaceholder="No topic"
                shift={shift ? { message: shift.message, statementId: shift.statementId, signature: shift.signature } : null}
                keptSeen={rowFields.value("shiftSeen")}
              />
            );
          })}
        </fieldset>

        {candidate.claims.length ? (
          <fieldset className="min-w-0 space-y-2">
            <legend className="text-sm font-medium">Numbers in it</legend>
            <p className={formClass.hint}>Each included number is saved as a numeric claim to check, marked unverified.</p>
            {scope.error("claims") ? (
              <p className="text-sm font-medium text-red-700 dark:text-red-400">{scope.error("claims")!.join(" ")}</p>
            ) : null}
            {candidate.claims.map((claim, row) => {
              const claimScope = rowScope(values, errors, scope.name("claims"), row, row);
              return (
                <div key={row} className={formClass.row}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      name={claimScope.name("include")}
                      defaultChecked={claimScope.value("include") !== ""}
                      className="mt-1 size-4 accent-blue-700"
                    />
                    <span>
                      Include claim {row + 1}: “{claim.text}” ({MEASURE_LABEL[claim.measure]})
                    </span>
                  </label>
                  <ClaimFields scope={claimScope} label={`Claim ${row + 1}`} variant="numeric" />
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium">Links to statements already recorded (optional)</legend>
          <p className={formClass.hint}>
            Whether this statement reaffirms, clarifies, walks back or contradicts an earlier one, responds to another speaker, or is the
            same utterance reported elsewhere.
          </p>
          {scope.error("relations") ? (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">{scope.error("relations")!.join(" ")}</p>
          ) : null}
          {linkRows.map((row) => (
            <RelationFields
              key={row}
              scope={rowScope(values, errors, scope.name("relations"), row, row)}
              legend={`Link ${row + 1}`}
              search={searchLinks}
              selfId={null}
              known={{}}
            />
          ))}
        </fieldset>
      </div>
    </fieldset>
  );
}

/**
 * The same words may already be recorded (a report of a transcript's words): the analyst adds
 * this source to that statement as another rendering, or saves a new statement. Each offer shows
 * the word-by-word difference and what changes the meaning.
 */
function RenderingChoice({
  candidate,
  scope,
  onChoose,
}: {
  candidate: ReviewCandidate;
  scope: ReturnType<typeof fieldScope>;
  onChoose: (statementId: string) => void;
}) {
  const name = scope.name("renderingOf");
  const error = scope.error("renderingOf");
  const chosen = scope.value("renderingOf");
  const errorId = `${fieldId(name)}-error`;
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
      className="min-w-0 space-y-2 rounded-md border border-amber-500 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950"
    >
      <legend className="px-1 text-sm font-semibold">Already recorded? Same speaker, close date, most words in common</legend>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      ) : null}
      {candidate.renderingOf.map((match) => (
        <div key={match.id} className="space-y-1">
          <label className="flex items-start gap-2 text-sm font-medium">
            <input
              type="radio"
              name={name}
              value={String(match.id)}
              defaultChecked={chosen === String(match.id)}
              onChange={() => onChoose(String(match.id))}
              className="mt-0.5 size-4"
            />
            <span>
              Add as another rendering of{" "}
              <Link href={`/statements/${match.id}`} className="underline">
                statement #{match.id}
              </Link>{" "}
              ({match.dateLabel}, {match.status === "DRAFT" ? "draft" : "published"}; {Math.round(match.overlap * 100)}% of the words in
              common)
            </span>
          </label>
          <div className="pl-6 text-sm">
            {match.sameWords ? (
              <p>The same words as recorded.</p>
            ) : (
              <>
                <p className="text-stone-700 dark:text-stone-300">The recorded words, changed into this source&rsquo;s:</p>
                <WordDiff segments={match.segments} />
              </>
            )}
            {match.changesMeaning ? (
              <ul className="mt-1 list-disc pl-5 font-medium text-amber-950 dark:text-amber-100">
                {match.flags.map((flag, i) => (
                  <li key={i}>⚠ {flag}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ))}
      <label className="flex items-start gap-2 text-sm font-medium">
        <input
          type="radio"
          name={name}
          value=""
          defaultChecked={!candidate.renderingOf.some((m) => String(m.id) === chosen)}
          onChange={() => onChoose("")}
          className="mt-0.5 size-4"
        />
        <span>A new statement (fill in its fields below)</span>
      </label>
    </fieldset>
  );
}
