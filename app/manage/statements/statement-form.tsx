"use client";

// The statement form. Without JavaScript it is a plain POST form: every date field is shown,
// inline "new speaker/event/source" fields sit in disclosures, and each repeatable group has
// spare blank rows (ignored when left blank). With JavaScript, fields follow the choices made,
// rows can be added and removed, and a possible stance shift is shown as soon as it is chosen.
import Link from "next/link";
import { useActionState, useCallback, useEffect, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { buttonClass, fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useHydrated, useRepeatableRows, type RowSlot } from "@/components/repeatable-rows";
import { CLAIM_KIND_LABEL, CLAIM_KINDS, CLAIM_STATUS_LABEL, CLAIM_STATUSES } from "@/lib/claims/kinds";
import { EVENT_KIND_LABEL, EVENT_KINDS } from "@/lib/events/kinds";
import { initialFormState, keptValue, type FieldErrors, type FormState, type FormValues } from "@/lib/forms/state";
import { submittedIndexes } from "@/lib/records/form-rows";
import { SOURCE_KIND_LABEL, SOURCE_KINDS } from "@/lib/sources/kinds";
import { HEDGING_LABEL, HEDGINGS, STANCE_LABEL, STANCES, type Stance } from "@/lib/stances/scale";
import { STATEMENT_LABELS } from "@/lib/statements/labels";
import { NEW_OPTION, STATEMENT_LIMITS } from "@/lib/statements/schema";
import { detectStanceShift, type PublishedStance, type StanceShift } from "@/lib/statements/shift";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type LatestStances = (speakerId: number, topicIds: number[], excludeStatementId: number | null) => Promise<PublishedStance[]>;
export type Option = { value: string; label: string };

export interface StatementFormOptions {
  speakers: Option[];
  events: Option[];
  sources: Option[];
  topics: Option[];
}

const SPARE_ROWS = { sources: 1, topics: 2, claims: 1 } as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((label, index) => ({
  value: String(index + 1),
  label,
}));
const PRECISIONS = [
  { value: "DAY", label: "Exact day" },
  { value: "MONTH", label: "Month" },
  { value: "YEAR", label: "Year" },
  { value: "RANGE", label: "Between two days" },
  { value: "APPROXIMATE", label: "Approximately (an estimate)" },
];

const removeClass = "text-sm font-medium text-red-700 underline hover:no-underline dark:text-red-400";
const groupClass = "space-y-4 rounded-lg border border-stone-300 p-4 dark:border-stone-700";
const legendClass = "px-1 text-lg font-semibold";
const rowClass = "space-y-3 rounded-md border border-stone-200 p-3 dark:border-stone-700";
const hintClass = "text-sm text-stone-600 dark:text-stone-400";
const errorClass = "text-sm font-medium text-red-700 dark:text-red-400";
const noticeClass = "rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50";

const text = (values: FormValues, name: string) => keptValue(values, name);
const withNew = (options: Option[], label: string) => [...options, { value: NEW_OPTION, label }];

/** Rows to render: every submitted row (blank ones too, so messages line up), or stored rows + spares. */
function rowCount(state: FormState, initial: FormValues, prefix: "sources" | "topics" | "claims"): number {
  if (state.values) return Math.max(...submittedIndexes(state.values, prefix), -1) + 1;
  return Math.max(...submittedIndexes(initial, prefix), -1) + 1 + SPARE_ROWS[prefix];
}

function FieldError({ id, error }: { id: string; error?: string[] }) {
  return error?.length ? (
    <p id={id} className={errorClass}>
      {error.join(" ")}
    </p>
  ) : null;
}

function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  error,
  hint,
  onChange,
}: {
  name: string;
  legend: string;
  options: Option[];
  defaultValue: string;
  error?: string[];
  hint?: string;
  onChange?: (value: string) => void;
}) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error?.length ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2 text-base">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              onChange={onChange ? (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value) : undefined}
              className="size-4 accent-blue-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** Fields for a record created inline: a disclosure without JavaScript, shown on "New…" with it. */
function InlineNew({ hydrated, chosen, summary, open, children }: { hydrated: boolean; chosen: boolean; summary: string; open: boolean; children: ReactNode }) {
  if (hydrated) return chosen ? <div className="space-y-3 border-l-4 border-blue-200 pl-3 dark:border-blue-900">{children}</div> : null;
  return (
    <details open={open} className="rounded-md border border-dashed border-stone-300 p-3 dark:border-stone-600">
      <summary className="cursor-pointer text-sm font-medium">{summary}</summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}

function hasAny(values: FormValues, errors: FieldErrors, prefix: string): boolean {
  return Object.entries(values).some(([name, value]) => name.startsWith(prefix) && !name.endsWith(".kind") && String(value).trim() !== "") || Object.keys(errors).some((name) => name.startsWith(prefix));
}

interface Tracked {
  speakerId: string;
  precision: string;
  eventId: string;
  sources: Record<number, string>;
  topics: Record<number, { topicId: string; stance: string; touched: boolean }>;
}

function trackedFrom(values: FormValues): Tracked {
  const sources: Tracked["sources"] = {};
  for (const index of submittedIndexes(values, "sources")) sources[index] = text(values, `sources.${index}.id`);
  const topics: Tracked["topics"] = {};
  for (const index of submittedIndexes(values, "topics")) {
    topics[index] = { topicId: text(values, `topics.${index}.topicId`), stance: text(values, `topics.${index}.stance`), touched: false };
  }
  return { speakerId: text(values, "speaker.id"), precision: text(values, "date.precision"), eventId: text(values, "event.id"), sources, topics };
}

export function StatementForm({
  action,
  latestStances,
  options,
  initialValues,
  statementId,
  version,
  today,
}: {
  action: Action;
  latestStances: LatestStances;
  options: StatementFormOptions;
  initialValues: FormValues;
  statementId?: number;
  version?: number;
  today: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const hydrated = useHydrated();
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? initialValues;
  const value = (name: string) => text(values, name);
  const savedVersion = conflictOf(state)?.latestVersion ?? version;

  // Choices that change what the form shows; reset to the submitted values after every save attempt.
  const [tracked, setTracked] = useState<Tracked>(() => trackedFrom(values));
  const [trackedFor, setTrackedFor] = useState(state);
  // React resets a form after its action, and a <select> goes back to the option it was first
  // rendered with (a changed defaultValue is not applied to it): the fields are mounted afresh
  // for every result, so each shows the value that was submitted.
  const [round, setRound] = useState(0);
  if (trackedFor !== state) {
    setTrackedFor(state);
    setTracked(trackedFrom(values));
    setRound(round + 1);
  }
  const [latest, setLatest] = useState<{ speakerId: string; topicIds: Set<number>; stances: Map<number, PublishedStance> }>({
    speakerId: "",
    topicIds: new Set(),
    stances: new Map(),
  });

  const sources = useRepeatableRows(rowCount(state, initialValues, "sources"), state, useCallback((key: number) => `source-${key}-id`, []));
  const topics = useRepeatableRows(rowCount(state, initialValues, "topics"), state, useCallback((key: number) => `topic-${key}-topicId`, []));
  const claims = useRepeatableRows(rowCount(state, initialValues, "claims"), state, useCallback((key: number) => `claim-${key}-text`, []));

  const refreshLatest = (speakerId: string, topicRows: Tracked["topics"]) => {
    const topicIds = Object.values(topicRows).map((row) => Number(row.topicId)).filter((id) => id > 0);
    if (!/^\d+$/.test(speakerId) || topicIds.length === 0) return;
    latestStances(Number(speakerId), topicIds, statementId ?? null).then(
      (stances) => setLatest({ speakerId, topicIds: new Set(topicIds), stances: new Map(stances.map((s) => [s.topicId, s])) }),
      () => undefined,
    );
  };

  const setTopic = (key: number, change: Partial<{ topicId: string; stance: string }>) => {
    const row = { ...(tracked.topics[key] ?? { topicId: "", stance: "", touched: false }), ...change, touched: true };
    const topicRows = { ...tracked.topics, [key]: row };
    setTracked({ ...tracked, topics: topicRows });
    if (latest.speakerId !== tracked.speakerId || !latest.topicIds.has(Number(row.topicId))) refreshLatest(tracked.speakerId, topicRows);
  };

  const changeSpeaker = (speakerId: string) => {
    const topicRows = Object.fromEntries(Object.entries(tracked.topics).map(([key, row]) => [key, { ...row, touched: true }]));
    setTracked({ ...tracked, speakerId, topics: topicRows });
    refreshLatest(speakerId, topicRows);
  };

  const serverShifts = new Map(((state.detail?.shifts as { key: string; shift: StanceShift }[] | undefined) ?? []).map((entry) => [entry.key, entry.shift]));
  const duplicateOf = state.detail?.duplicateOf as { id: number; text: string; status: string } | undefined;

  /** The shift notice for a topic row: live once the analyst picks a topic or stance, or the server's. */
  const shiftFor = (slot: RowSlot): StanceShift | null => {
    const fromServer = slot.source !== null ? serverShifts.get(String(slot.source)) : undefined;
    const row = tracked.topics[slot.key];
    if (hydrated && row?.touched && latest.speakerId === tracked.speakerId) {
      return detectStanceShift(latest.stances.get(Number(row.topicId)), (row.stance || null) as Stance | null) ?? null;
    }
    return fromServer ?? null;
  };

  // After a refused save, bring the summary (and any conflict or duplicate notice) into view.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.ok && state.message) summaryRef.current?.focus();
  }, [state]);

  const precision = tracked.precision;
  const showDate = (...precisions: string[]) => !hydrated || precisions.includes(precision);

  return (
    <form action={formAction} className="space-y-8" noValidate>
      {statementId !== undefined ? <input type="hidden" name="id" value={statementId} /> : null}
      {savedVersion !== undefined ? <input type="hidden" name="version" value={savedVersion} /> : null}
      <div ref={summaryRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        <FormStatus state={state} />
        <ConflictNotice state={state} labels={STATEMENT_LABELS} />

        {duplicateOf || value("confirmDuplicate") ? (
          <section aria-labelledby="duplicate-heading" className={noticeClass}>
            <h2 id="duplicate-heading" className="font-semibold">
              Possible duplicate
            </h2>
            {duplicateOf ? (
              <p className="mt-1">
                <Link href={`/statements/${duplicateOf.id}`} className="underline">
                  Statement #{duplicateOf.id}
                </Link>{" "}
                ({duplicateOf.status === "DRAFT" ? "draft" : "published"}) has the same speaker, date and text: “{duplicateOf.text.slice(0, 200)}
                {duplicateOf.text.length > 200 ? "…" : ""}”
              </p>
            ) : null}
            <label className="mt-2 flex items-start gap-2">
              <input
                type="checkbox"
                name="confirmDuplicate"
                id={fieldId("confirmDuplicate")}
                defaultChecked={value("confirmDuplicate") !== ""}
                aria-describedby={errors.confirmDuplicate ? `${fieldId("confirmDuplicate")}-error` : undefined}
                className="mt-1 size-4 accent-blue-700"
              />
              <span>Save anyway: this is a different statement</span>
            </label>
            <FieldError id={`${fieldId("confirmDuplicate")}-error`} error={errors.confirmDuplicate} />
          </section>
        ) : null}
      </div>

      <div key={round} className="space-y-8">
        <fieldset className={groupClass}>
          <legend className={legendClass}>Who said it</legend>
          <SelectField
            name="speaker.id"
            label="Speaker"
            required
            placeholder="Choose a speaker"
            options={withNew(options.speakers, "New speaker (fill in below)")}
            defaultValue={value("speaker.id")}
            error={errors["speaker.id"]}
            onChange={(event) => changeSpeaker(event.target.value)}
          />
          <InlineNew hydrated={hydrated} chosen={tracked.speakerId === NEW_OPTION} summary="Speaker not in the list? Create one" open={hasAny(values, errors, "speaker.new.")}>
            <TextField name="speaker.new.name" label="New speaker's name" maxLength={200} autoComplete="off" defaultValue={value("speaker.new.name")} error={errors["speaker.new.name"]} />
            <TextAreaField name="speaker.new.description" label="Description (optional)" rows={2} maxLength={5000} defaultValue={value("speaker.new.description")} error={errors["speaker.new.description"]} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="speaker.new.role.title" label="Role (optional)" hint="e.g. Secretary General" maxLength={200} autoComplete="off" defaultValue={value("speaker.new.role.title")} error={errors["speaker.new.role.title"]} />
              <TextField name="speaker.new.role.organisation" label="Organisation" maxLength={200} autoComplete="off" defaultValue={value("speaker.new.role.organisation")} error={errors["speaker.new.role.organisation"]} />
              <TextField name="speaker.new.role.startDate" label="Role held from" type="date" max={today} defaultValue={value("speaker.new.role.startDate")} error={errors["speaker.new.role.startDate"]} />
              <TextField name="speaker.new.role.endDate" label="Role held until" type="date" max={today} hint="Blank while the role is held." defaultValue={value("speaker.new.role.endDate")} error={errors["speaker.new.role.endDate"]} />
            </div>
          </InlineNew>
        </fieldset>

        <fieldset className={groupClass}>
          <legend className={legendClass}>When</legend>
          <RadioGroup
            name="date.precision"
            legend="How precisely is the date known?"
            options={PRECISIONS}
            defaultValue={value("date.precision")}
            error={errors["date.precision"]}
            hint={hydrated ? undefined : "Then fill in the matching fields below; the others are ignored."}
            onChange={(next) => setTracked({ ...tracked, precision: next })}
          />
          {showDate("DAY") ? (
            <TextField name="date.day" label="Day" type="date" max={today} hint={hydrated ? undefined : "For an exact day."} defaultValue={value("date.day")} error={errors["date.day"]} />
          ) : null}
          {showDate("MONTH", "YEAR") ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                name="date.year"
                label="Year"
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
                hint={hydrated ? undefined : "For a month or a year."}
                defaultValue={value("date.year")}
                error={errors["date.year"]}
              />
              {showDate("MONTH") ? (
                <SelectField name="date.month" label="Month" placeholder="Choose a month" options={MONTHS} hint={hydrated ? undefined : "For a month."} defaultValue={value("date.month")} error={errors["date.month"]} />
              ) : null}
            </div>
          ) : null}
          {showDate("RANGE", "APPROXIMATE") ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                name="date.from"
                label={precision === "APPROXIMATE" ? "Earliest likely day" : "Earliest possible day"}
                type="date"
                max={today}
                hint={hydrated ? undefined : "For a range or an estimate."}
                defaultValue={value("date.from")}
                error={errors["date.from"]}
              />
              <TextField
                name="date.to"
                label={precision === "APPROXIMATE" ? "Latest likely day" : "Latest possible day"}
                type="date"
                max={today}
                hint={precision === "APPROXIMATE" ? "Blank for a single estimated day." : undefined}
                defaultValue={value("date.to")}
                error={errors["date.to"]}
              />
            </div>
          ) : null}
        </fieldset>

        <fieldset className={groupClass}>
          <legend className={legendClass}>Occasion (optional)</legend>
          <SelectField
            name="event.id"
            label="Event"
            placeholder="No particular event"
            options={withNew(options.events, "New event (fill in below)")}
            defaultValue={value("event.id")}
            error={errors["event.id"]}
            onChange={(event) => setTracked({ ...tracked, eventId: event.target.value })}
          />
          <InlineNew hydrated={hydrated} chosen={tracked.eventId === NEW_OPTION} summary="Event not in the list? Create one" open={hasAny(values, errors, "event.new.")}>
            <TextField name="event.new.name" label="New event's name" maxLength={300} autoComplete="off" defaultValue={value("event.new.name")} error={errors["event.new.name"]} />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField
                name="event.new.kind"
                label="Kind of event"
                options={EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_LABEL[kind] }))}
                defaultValue={value("event.new.kind") || "OTHER"}
                error={errors["event.new.kind"]}
              />
              <TextField name="event.new.location" label="Location" maxLength={200} autoComplete="off" defaultValue={value("event.new.location")} error={errors["event.new.location"]} />
              <TextField name="event.new.date" label="Event date" type="date" max={today} defaultValue={value("event.new.date")} error={errors["event.new.date"]} />
            </div>
          </InlineNew>
        </fieldset>

        <fieldset className={groupClass}>
          <legend className={legendClass}>What was said</legend>
          <RadioGroup
            name="kind"
            legend="Kind"
            options={[
              { value: "QUOTE", label: "Verbatim quote" },
              { value: "PARAPHRASE", label: "Paraphrase" },
            ]}
            defaultValue={value("kind")}
            error={errors.kind}
          />
          <TextAreaField name="text" label="Text" required rows={5} maxLength={STATEMENT_LIMITS.text} defaultValue={value("text")} error={errors.text} />
          <div className="max-w-xs">
            <TextField name="language" label="Language" hint="A language code: en, fr, pl, pt-BR…" maxLength={35} autoComplete="off" defaultValue={value("language")} error={errors.language} />
          </div>
          <TextAreaField name="context" label="Notes and context (optional)" rows={3} maxLength={STATEMENT_LIMITS.context} defaultValue={value("context")} error={errors.context} />
        </fieldset>

        <fieldset className={groupClass} aria-describedby={errors.sources ? "sources-error" : "sources-hint"}>
          <legend className={legendClass}>Sources</legend>
          <p id="sources-hint" className={hintClass}>
            At least one: where a reader can check the statement. {hydrated ? "" : "Blank rows are ignored."}
          </p>
          <FieldError id="sources-error" error={errors.sources} />
          <ol className="space-y-3">
            {sources.slots.map((slot, position) => {
              const name = (field: string) => `sources.${position}.${field}`;
              const stored = (field: string) => (slot.source === null ? "" : value(`sources.${slot.source}.${field}`));
              const choice = tracked.sources[slot.key] ?? "";
              return (
                <li key={slot.key}>
                  <fieldset className={rowClass}>
                    <legend className="px-1 text-sm font-semibold">Source {position + 1}</legend>
                    <SelectField
                      id={`source-${slot.key}-id`}
                      name={name("id")}
                      label="Source"
                      placeholder="Choose a source"
                      options={withNew(options.sources, "New source (fill in below)")}
                      defaultValue={stored("id")}
                      error={errors[name("id")]}
                      onChange={(event) => setTracked({ ...tracked, sources: { ...tracked.sources, [slot.key]: event.target.value } })}
                    />
                    <InlineNew
                      hydrated={hydrated}
                      chosen={choice === NEW_OPTION}
                      summary="Source not in the list? Create one"
                      open={slot.source !== null && hasAny(values, errors, `sources.${slot.source}.new.`)}
                    >
                      <TextField id={`source-${slot.key}-url`} name={name("new.url")} label="Web address" type="url" maxLength={2000} autoComplete="off" defaultValue={stored("new.url")} error={errors[name("new.url")]} />
                      <TextField id={`source-${slot.key}-title`} name={name("new.title")} label="Title" maxLength={500} autoComplete="off" defaultValue={stored("new.title")} error={errors[name("new.title")]} />
                      <div className="grid gap-3 sm:grid-cols-3">
                        <TextField id={`source-${slot.key}-outlet`} name={name("new.outlet")} label="Outlet" maxLength={200} autoComplete="off" defaultValue={stored("new.outlet")} error={errors[name("new.outlet")]} />
                        <SelectField
                          id={`source-${slot.key}-kind`}
                          name={name("new.kind")}
                          label="Kind of source"
                          options={SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABEL[kind] }))}
                          defaultValue={stored("new.kind") || "NEWS_ARTICLE"}
                          error={errors[name("new.kind")]}
                        />
                        <TextField
                          id={`source-${slot.key}-publishedOn`}
                          name={name("new.publishedOn")}
                          label="Published on"
                          type="date"
                          max={today}
                          defaultValue={stored("new.publishedOn")}
                          error={errors[name("new.publishedOn")]}
                        />
                      </div>
                      <TextAreaField
                        id={`source-${slot.key}-snapshotText`}
                        name={name("new.snapshotText")}
                        label="Full text (optional)"
                        hint="Paste the transcript or article, so the quote can be checked against it later."
                        rows={3}
                        defaultValue={stored("new.snapshotText")}
                        error={errors[name("new.snapshotText")]}
                      />
                    </InlineNew>
                    {hydrated ? (
                      <button type="button" className={removeClass} onClick={() => sources.remove(slot.key)}>
                        Remove source {position + 1}
                      </button>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {hydrated ? (
            <button type="button" className={buttonClass.secondary} onClick={sources.add}>
              Add source
            </button>
          ) : null}
        </fieldset>

        <fieldset className={groupClass} aria-describedby={errors.topics ? "topics-error" : "topics-hint"}>
          <legend className={legendClass}>Topics and stances</legend>
          <p id="topics-hint" className={hintClass}>
            The stance is relative to the topic&apos;s proposition. {hydrated ? "" : "Blank rows are ignored."}
          </p>
          <FieldError id="topics-error" error={errors.topics} />
          <ol className="space-y-3">
            {topics.slots.map((slot, position) => {
              const name = (field: string) => `topics.${position}.${field}`;
              const stored = (field: string) => (slot.source === null ? "" : value(`topics.${slot.source}.${field}`));
              const shift = shiftFor(slot);
              const showNote = shift !== null || stored("shiftNote") !== "" || errors[name("shiftNote")] !== undefined;
              return (
                <li key={slot.key}>
                  <fieldset className={rowClass}>
                    <legend className="px-1 text-sm font-semibold">Topic {position + 1}</legend>
                    <div className="grid gap-3 sm:grid-cols-3">
                      <SelectField
                        id={`topic-${slot.key}-topicId`}
                        name={name("topicId")}
                        label="Topic"
                        placeholder="Choose a topic"
                        options={options.topics}
                        defaultValue={stored("topicId")}
                        error={errors[name("topicId")]}
                        onChange={(event) => setTopic(slot.key, { topicId: event.target.value })}
                      />
                      <SelectField
                        id={`topic-${slot.key}-stance`}
                        name={name("stance")}
                        label="Stance"
                        placeholder="Choose a stance"
                        options={STANCES.map((stance) => ({ value: stance, label: STANCE_LABEL[stance] }))}
                        defaultValue={stored("stance")}
                        error={errors[name("stance")]}
                        onChange={(event) => setTopic(slot.key, { stance: event.target.value })}
                      />
                      <SelectField
                        id={`topic-${slot.key}-hedging`}
                        name={name("hedging")}
                        label="Hedging (optional)"
                        placeholder="Not assessed"
                        options={HEDGINGS.map((hedging) => ({ value: hedging, label: HEDGING_LABEL[hedging].replace(/^./, (c) => c.toUpperCase()) }))}
                        defaultValue={stored("hedging")}
                        error={errors[name("hedging")]}
                      />
                    </div>
                    <div role="status" aria-live="polite">
                      {shift ? (
                        <div className={noticeClass}>
                          <p className="font-semibold">Possible shift: {shift.message}</p>
                          <p>
                            Now: {STANCE_LABEL[shift.proposed].toLowerCase()}.{" "}
                            <Link href={`/statements/${shift.previous.statementId}`} className="underline" target="_blank">
                              See that statement<span className="sr-only"> (opens in a new tab)</span>
                            </Link>
                          </p>
                          <input type="hidden" name={name("shiftSeen")} value={shift.signature} />
                        </div>
                      ) : null}
                    </div>
                    {showNote ? (
                      <TextAreaField
                        id={`topic-${slot.key}-shiftNote`}
                        name={name("shiftNote")}
                        label="Why the position moved (optional)"
                        hint="Kept with the statement as the shift note."
                        rows={2}
                        maxLength={STATEMENT_LIMITS.shiftNote}
                        defaultValue={stored("shiftNote")}
                        error={errors[name("shiftNote")]}
                      />
                    ) : null}
                    {hydrated ? (
                      <button type="button" className={removeClass} onClick={() => topics.remove(slot.key)}>
                        Remove topic {position + 1}
                      </button>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {hydrated ? (
            <button type="button" className={buttonClass.secondary} onClick={topics.add}>
              Add topic
            </button>
          ) : null}
        </fieldset>

        <fieldset className={groupClass} aria-describedby={errors.claims ? "claims-error" : "claims-hint"}>
          <legend className={legendClass}>Claims (optional)</legend>
          <p id="claims-hint" className={hintClass}>
            Checkable statements of fact, numbers, predictions or commitments. {hydrated ? "" : "Blank rows are ignored."}
          </p>
          <FieldError id="claims-error" error={errors.claims} />
          <ol className="space-y-3">
            {claims.slots.map((slot, position) => {
              const name = (field: string) => `claims.${position}.${field}`;
              const stored = (field: string) => (slot.source === null ? "" : value(`claims.${slot.source}.${field}`));
              return (
                <li key={slot.key}>
                  <fieldset className={rowClass}>
                    <legend className="px-1 text-sm font-semibold">Claim {position + 1}</legend>
                    {stored("id") ? <input type="hidden" name={name("id")} value={stored("id")} /> : null}
                    <TextAreaField id={`claim-${slot.key}-text`} name={name("text")} label="Claim" rows={2} maxLength={STATEMENT_LIMITS.claimText} defaultValue={stored("text")} error={errors[name("text")]} />
                    <div className="grid gap-3 sm:grid-cols-2">
                      <SelectField
                        id={`claim-${slot.key}-kind`}
                        name={name("kind")}
                        label="Kind of claim"
                        options={CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_LABEL[kind] }))}
                        defaultValue={stored("kind") || "FACTUAL"}
                        error={errors[name("kind")]}
                      />
                      <SelectField
                        id={`claim-${slot.key}-status`}
                        name={name("status")}
                        label="Status"
                        options={CLAIM_STATUSES.map((status) => ({ value: status, label: CLAIM_STATUS_LABEL[status] }))}
                        defaultValue={stored("status") || "UNVERIFIED"}
                        error={errors[name("status")]}
                      />
                      <TextField id={`claim-${slot.key}-value`} name={name("value")} label="Value (optional)" inputMode="decimal" autoComplete="off" defaultValue={stored("value")} error={errors[name("value")]} />
                      <TextField id={`claim-${slot.key}-unit`} name={name("unit")} label="Unit (optional)" hint="e.g. % of GDP, billion EUR" maxLength={STATEMENT_LIMITS.claimUnit} autoComplete="off" defaultValue={stored("unit")} error={errors[name("unit")]} />
                    </div>
                    <TextField id={`claim-${slot.key}-evidenceUrl`} name={name("evidenceUrl")} label="Evidence web address (optional)" type="url" maxLength={STATEMENT_LIMITS.url} autoComplete="off" defaultValue={stored("evidenceUrl")} error={errors[name("evidenceUrl")]} />
                    <TextAreaField id={`claim-${slot.key}-note`} name={name("note")} label="Note (optional)" rows={2} maxLength={STATEMENT_LIMITS.claimNote} defaultValue={stored("note")} error={errors[name("note")]} />
                    {hydrated ? (
                      <button type="button" className={removeClass} onClick={() => claims.remove(slot.key)}>
                        Remove claim {position + 1}
                      </button>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {hydrated ? (
            <button type="button" className={buttonClass.secondary} onClick={claims.add}>
              Add claim
            </button>
          ) : null}
        </fieldset>

        <fieldset className={groupClass}>
          <legend className={legendClass}>Review</legend>
          <RadioGroup
            name="status"
            legend="Status"
            hint="Drafts are visible to analysts and admins only."
            options={[
              { value: "DRAFT", label: "Draft" },
              { value: "PUBLISHED", label: "Published" },
            ]}
            defaultValue={value("status")}
            error={errors.status}
          />
        </fieldset>

      </div>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{statementId !== undefined ? "Save changes" : "Save statement"}</SubmitButton>
        <Link href={statementId !== undefined ? `/statements/${statementId}` : "/manage/statements"} className="text-link text-sm">
          Cancel
        </Link>
      </div>
    </form>
  );
}
