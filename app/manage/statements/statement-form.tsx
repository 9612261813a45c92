"use client";

// The statement form, made of the parts the import review shares (components/statement-fields).
// Without JavaScript it is a plain POST form: every date field is shown, inline "new speaker/
// event/source" fields sit in disclosures, and each repeatable group has spare blank rows
// (ignored when left blank). With JavaScript, fields follow the choices made, rows can be added
// and removed, and a possible stance shift is shown as soon as it is chosen.
import Link from "next/link";
import { useActionState, useCallback, useState } from "react";
import { ConflictNotice, conflictOf } from "@/components/conflict-notice";
import { fieldId, RadioGroup, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { formClass } from "@/components/forms/layout";
import { LimitedTextAreaField } from "@/components/forms/limited-text-area";
import { SubmitButton } from "@/components/forms/submit-button";
import { RepeatableGroup, useHydrated, useRepeatableRows, type RowSlot } from "@/components/repeatable-rows";
import { ClaimFields } from "@/components/statement-fields/claim-fields";
import { DateFields } from "@/components/statement-fields/date-fields";
import { DuplicateNotice } from "@/components/statement-fields/duplicate-notice";
import { EventField } from "@/components/statement-fields/event-field";
import { RelationFields, type SearchLinkCandidates } from "@/components/statement-fields/relation-fields";
import { fieldScope, rowScope, type Option } from "@/components/statement-fields/scope";
import { SourceFields } from "@/components/statement-fields/source-fields";
import { SpeakerField } from "@/components/statement-fields/speaker-field";
import { KIND_OPTIONS, StatementTextField } from "@/components/statement-fields/text-field";
import { TopicStanceFields, type ShiftNotice } from "@/components/statement-fields/topic-fields";
import { initialFormState, keptValue, type FormState, type FormValues } from "@/lib/forms/state";
import { submittedIndexes } from "@/lib/records/form-rows";
import { STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { STATEMENT_LABELS } from "@/lib/statements/labels";
import { STATEMENT_LIMITS } from "@/lib/statements/limits";
import { detectStanceShift, type PublishedStance, type StanceShift } from "@/lib/statements/shift";
import { statementFieldLabel } from "./field-labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type LatestStances = (speakerId: number, topicIds: number[], excludeStatementId: number | null) => Promise<PublishedStance[]>;
export type { Option };

export interface StatementFormOptions {
  speakers: Option[];
  events: Option[];
  sources: Option[];
  topics: Option[];
  /** Lines naming the statements this one already links to, by number. */
  linkedStatements: Record<string, string>;
}

const SPARE_ROWS = { sources: 1, topics: 2, claims: 1, relations: 1 } as const;

/** Rows to render: every submitted row (blank ones too, so messages line up), or stored rows + spares. */
function rowCount(state: FormState, initial: FormValues, prefix: keyof typeof SPARE_ROWS): number {
  if (state.values) return Math.max(...submittedIndexes(state.values, prefix), -1) + 1;
  return Math.max(...submittedIndexes(initial, prefix), -1) + 1 + SPARE_ROWS[prefix];
}

type TopicChoice = { topicId: string; stance: string; touched: boolean };

/** The topic rows as submitted, so the live shift notice starts from them. */
function topicChoices(values: FormValues): Record<number, TopicChoice> {
  const topics: Record<number, TopicChoice> = {};
  for (const index of submittedIndexes(values, "topics")) {
    topics[index] = {
      topicId: keptValue(values, `topics.${index}.topicId`),
      stance: keptValue(values, `topics.${index}.stance`),
      touched: false,
    };
  }
  return topics;
}

const notice = (shift: StanceShift): ShiftNotice => ({
  message: shift.message,
  statementId: shift.previous.statementId,
  signature: shift.signature,
  proposed: STANCE_LABEL[shift.proposed],
});

export function StatementForm({
  action,
  latestStances,
  searchLinks,
  options,
  initialValues,
  statementId,
  version,
  today,
}: {
  action: Action;
  latestStances: LatestStances;
  searchLinks: SearchLinkCandidates;
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
  const scope = fieldScope(values, errors);
  const savedVersion = conflictOf(state)?.latestVersion ?? version;

  // The speaker and topic choices drive the live shift notice; reset to the submitted values after
  // every save attempt. React resets a form after its action, and a <select> goes back to the
  // option it was first rendered with: the fields are mounted afresh for every result (`round`).
  const [speakerId, setSpeakerId] = useState(() => scope.value("speaker.id"));
  const [topicRows, setTopicRows] = useState(() => topicChoices(values));
  const [trackedFor, setTrackedFor] = useState(state);
  const [round, setRound] = useState(0);
  if (trackedFor !== state) {
    setTrackedFor(state);
    setSpeakerId(scope.value("speaker.id"));
    setTopicRows(topicChoices(values));
    setRound(round + 1);
  }
  const [latest, setLatest] = useState<{ speakerId: string; topicIds: Set<number>; stances: Map<number, PublishedStance> }>({
    speakerId: "",
    topicIds: new Set(),
    stances: new Map(),
  });

  const sources = useRepeatableRows(
    rowCount(state, initialValues, "sources"),
    state,
    useCallback((_key: number, position: number) => fieldId(`sources.${position}.id`), []),
  );
  const topics = useRepeatableRows(
    rowCount(state, initialValues, "topics"),
    state,
    useCallback((_key: number, position: number) => fieldId(`topics.${position}.topicId`), []),
  );
  const claims = useRepeatableRows(
    rowCount(state, initialValues, "claims"),
    state,
    useCallback((_key: number, position: number) => fieldId(`claims.${position}.text`), []),
  );
  const relations = useRepeatableRows(
    rowCount(state, initialValues, "relations"),
    state,
    useCallback((_key: number, position: number) => fieldId(`relations.${position}.type`), []),
  );

  const refreshLatest = (speaker: string, rows: Record<number, TopicChoice>) => {
    const topicIds = Object.values(rows)
      .map((row) => Number(row.topicId))
      .filter((id) => id > 0);
    if (!/^\d+$/.test(speaker) || topicIds.length === 0) return;
    latestStances(Number(speaker), topicIds, statementId ?? null).then(
      (stances) => setLatest({ speakerId: speaker, topicIds: new Set(topicIds), stances: new Map(stances.map((s) => [s.topicId, s])) }),
      () => undefined,
    );
  };

  const setTopic = (key: number, change: Partial<TopicChoice>) => {
    const row = { ...(topicRows[key] ?? { topicId: "", stance: "", touched: false }), ...change, touched: true };
    const rows = { ...topicRows, [key]: row };
    setTopicRows(rows);
    if (latest.speakerId !== speakerId || !latest.topicIds.has(Number(row.topicId))) refreshLatest(speakerId, rows);
  };

  const changeSpeaker = (next: string) => {
    const rows = Object.fromEntries(Object.entries(topicRows).map(([key, row]) => [key, { ...row, touched: true }]));
    setSpeakerId(next);
    setTopicRows(rows);
    refreshLatest(next, rows);
  };

  const duplicateOf = state.detail?.duplicateOf as { id: number; text: string; status: string } | undefined;
  const serverShifts = new Map(
    ((state.detail?.shifts as { key: string; shift: StanceShift }[] | undefined) ?? []).map((entry) => [entry.key, entry.shift]),
  );

  /** The shift notice for a topic row: live once the analyst picks a topic or stance, or the server's. */
  const shiftFor = (slot: RowSlot): ShiftNotice | null => {
    const fromServer = slot.source !== null ? serverShifts.get(String(slot.source)) : undefined;
    const row = topicRows[slot.key];
    if (hydrated && row?.touched && latest.speakerId === speakerId) {
      const shift = detectStanceShift(latest.stances.get(Number(row.topicId)), (row.stance || null) as Stance | null);
      return shift ? notice(shift) : null;
    }
    return fromServer ? notice(fromServer) : null;
  };

  return (
    <form action={formAction} className="space-y-8" noValidate>
      {statementId !== undefined ? <input type="hidden" name="id" value={statementId} /> : null}
      {savedVersion !== undefined ? <input type="hidden" name="version" value={savedVersion} /> : null}
      <div className="space-y-4">
        <FormStatus state={state} fieldLabel={statementFieldLabel} />
        <ConflictNotice state={state} labels={STATEMENT_LABELS} />
        <DuplicateNotice scope={scope} show={duplicateOf !== undefined}>
          {duplicateOf ? (
            <>
              <Link href={`/statements/${duplicateOf.id}`} className="underline">
                Statement #{duplicateOf.id}
              </Link>{" "}
              ({duplicateOf.status === "DRAFT" ? "draft" : "published"}) has the same speaker, date and text: “
              {duplicateOf.text.slice(0, 200)}
              {duplicateOf.text.length > 200 ? "…" : ""}”
            </>
          ) : null}
        </DuplicateNotice>
      </div>

      <div key={round} className="space-y-8">
        <fieldset className={formClass.group}>
          <legend className={formClass.legend}>Who said it</legend>
          <SpeakerField scope={scope} speakers={options.speakers} hydrated={hydrated} today={today} required onChange={changeSpeaker} />
        </fieldset>

        <fieldset className={formClass.group}>
          <legend className={formClass.legend}>When</legend>
          <DateFields scope={scope} hydrated={hydrated} />
        </fieldset>

        <fieldset className={formClass.group}>
          <legend className={formClass.legend}>Occasion (optional)</legend>
          <EventField scope={scope} events={options.events} hydrated={hydrated} today={today} />
        </fieldset>

        <fieldset className={formClass.group}>
          <legend className={formClass.legend}>What was said</legend>
          <RadioGroup name="kind" legend="Kind" options={KIND_OPTIONS} defaultValue={scope.value("kind")} error={scope.error("kind")} />
          <StatementTextField scope={scope} required />
          <div className="max-w-xs">
            <TextField
              name="language"
              label="Language"
              hint="A language code: en, fr, pl, pt-BR…"
              maxLength={STATEMENT_LIMITS.language}
              autoComplete="off"
              defaultValue={scope.value("language")}
              error={scope.error("language")}
            />
          </div>
          <LimitedTextAreaField
            name="context"
            label="Notes and context (optional)"
            rows={3}
            limit={STATEMENT_LIMITS.context}
            defaultValue={scope.value("context")}
            error={scope.error("context")}
          />
        </fieldset>

        <RepeatableGroup
          name="sources"
          legend="Sources"
          noun="source"
          hint="At least one: where a reader can check the statement."
          error={scope.error("sources")}
          hydrated={hydrated}
          rows={sources}
        >
          {(slot, position) => (
            <fieldset className={formClass.row}>
              <legend className={formClass.rowLegend}>Source {position + 1}</legend>
              <SourceFields
                scope={rowScope(values, errors, "sources", position, slot.source)}
                sources={options.sources}
                hydrated={hydrated}
                today={today}
              />
            </fieldset>
          )}
        </RepeatableGroup>

        <RepeatableGroup
          name="topics"
          legend="Topics and stances"
          noun="topic"
          hint="The stance is relative to the topic's proposition."
          error={scope.error("topics")}
          hydrated={hydrated}
          rows={topics}
        >
          {(slot, position) => (
            <TopicStanceFields
              scope={rowScope(values, errors, "topics", position, slot.source)}
              legend={`Topic ${position + 1}`}
              topics={options.topics}
              shift={shiftFor(slot)}
              onTopic={(topicId) => setTopic(slot.key, { topicId })}
              onStance={(stance) => setTopic(slot.key, { stance })}
            />
          )}
        </RepeatableGroup>

        <RepeatableGroup
          name="claims"
          legend="Claims (optional)"
          noun="claim"
          hint="Checkable statements of fact, numbers, predictions or commitments."
          error={scope.error("claims")}
          hydrated={hydrated}
          rows={claims}
        >
          {(slot, position) => (
            <fieldset className={formClass.row}>
              <legend className={formClass.rowLegend}>Claim {position + 1}</legend>
              <ClaimFields scope={rowScope(values, errors, "claims", position, slot.source)} />
            </fieldset>
          )}
        </RepeatableGroup>

        <RepeatableGroup
          name="relations"
          legend="Links to other statements (optional)"
          noun="link"
          hint="How this statement bears on another one, by the same speaker or another: it reaffirms, clarifies, walks back or contradicts it, responds to it, or is the same utterance reported elsewhere."
          error={scope.error("relations")}
          hydrated={hydrated}
          rows={relations}
        >
          {(slot, position) => (
            <RelationFields
              scope={rowScope(values, errors, "relations", position, slot.source)}
              legend={`Link ${position + 1}`}
              search={searchLinks}
              selfId={statementId ?? null}
              known={options.linkedStatements}
            />
          )}
        </RepeatableGroup>

        <fieldset className={formClass.group}>
          <legend className={formClass.legend}>Review</legend>
          <RadioGroup
            name="status"
            legend="Status"
            hint="Drafts are visible to analysts and admins only."
            options={[
              { value: "DRAFT", label: "Draft" },
              { value: "PUBLISHED", label: "Published" },
            ]}
            defaultValue={scope.value("status")}
            error={scope.error("status")}
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
