"use client";

// One topic of a statement: the topic, the stance taken on it, how firmly (statement form only),
// and the possible-shift notice with a note on why. Choosing "no topic" clears the stance too: a
// stance without a topic means nothing, and would only fail the save.
import Link from "next/link";
import { useRef } from "react";
import { SelectField } from "@/components/forms/fields";
import { formClass } from "@/components/forms/layout";
import { LimitedTextAreaField } from "@/components/forms/limited-text-area";
import { STATEMENT_LIMITS } from "@/lib/statements/limits";
import { HEDGING_LABEL, HEDGINGS, STANCE_LABEL, STANCES } from "@/lib/stances/scale";
import type { FieldScope, Option } from "./scope";

const STANCE_OPTIONS = STANCES.map((stance) => ({ value: stance, label: STANCE_LABEL[stance] }));
const HEDGING_OPTIONS = HEDGINGS.map((hedging) => ({
  value: hedging,
  label: HEDGING_LABEL[hedging].replace(/^./, (c) => c.toUpperCase()),
}));

/** A possible shift against the speaker's last published stance on the topic. */
export interface ShiftNotice {
  message: string;
  statementId: number;
  signature: string;
  /** The stance chosen now, when known in the browser. */
  proposed?: string;
}

export function TopicStanceFields({
  scope,
  legend,
  topics,
  suggested,
  withHedging = true,
  shift,
  keptSeen = "",
  topicPlaceholder = "Choose a topic",
  onTopic,
  onStance,
  children,
}: {
  scope: FieldScope;
  legend: string;
  topics: readonly Option[];
  /** Topics the import suggests, each labelled with the words that matched: listed first. */
  suggested?: readonly Option[];
  withHedging?: boolean;
  shift: ShiftNotice | null;
  /** A notice already shown before (its signature), kept when the notice is not shown again. */
  keptSeen?: string;
  topicPlaceholder?: string;
  onTopic?: (topicId: string) => void;
  onStance?: (stance: string) => void;
  children?: React.ReactNode;
}) {
  const stance = useRef<HTMLSelectElement>(null);
  const hedging = useRef<HTMLSelectElement>(null);
  const seen = shift?.signature ?? keptSeen;
  const showNote = shift !== null || scope.value("shiftNote") !== "" || scope.error("shiftNote") !== undefined;
  return (
    <fieldset className={shift ? `${formClass.row} border-2 border-amber-500 dark:border-amber-600` : formClass.row}>
      <legend className={formClass.rowLegend}>{legend}</legend>
      <div className={`grid gap-3 ${withHedging ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
        <SelectField
          name={scope.name("topicId")}
          label="Topic"
          placeholder={topicPlaceholder}
          options={topics}
          groups={suggested?.length ? [{ label: "Suggested from the words", options: suggested }] : undefined}
          optionsLabel="All topics"
          defaultValue={scope.value("topicId")}
          error={scope.error("topicId")}
          onChange={(event) => {
            const topicId = event.target.value;
            if (topicId === "") {
              if (stance.current) stance.current.value = "";
              if (hedging.current) hedging.current.value = "";
              onStance?.("");
            }
            onTopic?.(topicId);
          }}
        />
        <SelectField
          ref={stance}
          name={scope.name("stance")}
          label="Stance"
          placeholder="Choose a stance"
          options={STANCE_OPTIONS}
          defaultValue={scope.value("stance")}
          error={scope.error("stance")}
          onChange={(event) => onStance?.(event.target.value)}
        />
        {withHedging ? (
          <SelectField
            ref={hedging}
            name={scope.name("hedging")}
            label="Hedging (optional)"
            placeholder="Not assessed"
            options={HEDGING_OPTIONS}
            defaultValue={scope.value("hedging")}
            error={scope.error("hedging")}
          />
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {shift ? (
          <div className={formClass.notice}>
            <p className="font-semibold">Possible shift: {shift.message}</p>
            <p>
              {shift.proposed ? `Now: ${shift.proposed.toLowerCase()}. ` : null}
              <Link href={`/statements/${shift.statementId}`} className="underline" target="_blank">
                See that statement<span className="sr-only"> (opens in a new tab)</span>
              </Link>
              . Add a note on why if you can; saving again without one is fine.
            </p>
          </div>
        ) : null}
      </div>
      {seen ? <input type="hidden" name={scope.name("shiftSeen")} value={seen} /> : null}
      {showNote ? (
        <LimitedTextAreaField
          name={scope.name("shiftNote")}
          label="Why the position moved (optional)"
          hint="Kept with the statement as the shift note."
          rows={2}
          limit={STATEMENT_LIMITS.shiftNote}
          defaultValue={scope.value("shiftNote")}
          error={scope.error("shiftNote")}
        />
      ) : null}
      {children}
    </fieldset>
  );
}
