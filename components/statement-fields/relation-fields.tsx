"use client";

// One link from this statement to another: how it relates (walks back, responds to…), which
// statement, and an optional note. The other statement is named by its number or permalink, so
// the row works without JavaScript; with it, typing words of the speaker's name or of the text
// offers matching statements to pick.
import { useEffect, useId, useState } from "react";
import { SelectField, TextField } from "@/components/forms/fields";
import { formClass } from "@/components/forms/layout";
import { RELATION_CHOICE_LABEL, RELATION_LIMITS, RELATION_TYPES } from "@/lib/relations/types";
import type { FieldScope } from "./scope";

const TYPE_OPTIONS = RELATION_TYPES.map((type) => ({ value: type, label: RELATION_CHOICE_LABEL[type] }));

/** A statement the picker offers: the value to put in the field and the line that names it. */
export interface LinkCandidate {
  id: number;
  line: string;
}

export type SearchLinkCandidates = (query: string, excludeId: number | null) => Promise<LinkCandidate[]>;

export function RelationFields({
  scope,
  legend,
  search,
  selfId,
  known,
}: {
  scope: FieldScope;
  legend: string;
  search?: SearchLinkCandidates;
  selfId: number | null;
  /** Lines naming the statements the form already links to, by number. */
  known: Record<string, string>;
}) {
  const listId = `${useId()}-statements`;
  const [query, setQuery] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<LinkCandidate[]>([]);
  const [named, setNamed] = useState(() => new Map<string, string>(Object.entries(known)));
  const field = (name: string) => ({ name: scope.name(name), defaultValue: scope.value(name), error: scope.error(name) });

  useEffect(() => {
    if (!search || query === null || query.trim().length < 2) return;
    let current = true;
    // Waits for a pause in typing: one search per word, not per key.
    const timer = setTimeout(() => {
      search(query, selfId).then(
        (found) => {
          if (!current) return;
          setNamed((lines) => new Map([...lines, ...found.map((c): [string, string] => [String(c.id), c.line])]));
          setCandidates(found);
        },
        () => undefined,
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, selfId]);

  const typed = (query ?? scope.value("target")).trim().replace(/^#/, "");
  const chosen = /^\d+$/.test(typed) ? named.get(typed) : undefined;

  return (
    <fieldset className={formClass.row}>
      <legend className={formClass.rowLegend}>{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField {...field("type")} defaultValue={scope.value("type") || "REAFFIRMS"} label="This statement…" options={TYPE_OPTIONS} />
        <TextField
          {...field("target")}
          label="Other statement"
          hint={chosen ?? "Its number (e.g. 42) or permalink; or type words of the speaker's name or the text to search."}
          list={search ? listId : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={2000}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {search ? (
        <datalist id={listId}>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={`#${candidate.id}`} label={candidate.line}>
              {candidate.line}
            </option>
          ))}
        </datalist>
      ) : null}
      <TextField {...field("note")} label="Note (optional)" maxLength={RELATION_LIMITS.note} autoComplete="off" />
    </fieldset>
  );
}
