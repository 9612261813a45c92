"use client";

// Repeatable form rows that work without JavaScript: the server renders the existing rows plus
// spare blank ones, named by position (`roles.0.title`). With JavaScript, rows can be added and
// removed; names follow the position, so the submitted indexes stay contiguous.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { buttonClass, FieldError, fieldId } from "@/components/forms/fields";
import { formClass } from "@/components/forms/layout";

const noSubscription = () => () => {};

/** False during server rendering and hydration, true once JavaScript runs the page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export interface RowSlot {
  /** Stable React key. */
  key: number;
  /** Which submitted or stored row supplies the default values; null for a row added here. */
  source: number | null;
}

/**
 * Rows `0..count-1`, reset whenever `resetOn` changes (a new action result). `focusId(key,
 * position)` names the element to focus after "Add".
 */
export function useRepeatableRows(count: number, resetOn: unknown, focusId: (key: number, position: number) => string) {
  const initial = () => Array.from({ length: count }, (_, index) => ({ key: index, source: index }));
  const [slots, setSlots] = useState<RowSlot[]>(initial);
  const [seenReset, setSeenReset] = useState(resetOn);
  const nextKey = useRef(count);
  const [focusOn, setFocusOn] = useState<{ key: number; position: number } | null>(null);

  if (seenReset !== resetOn) {
    setSeenReset(resetOn);
    setSlots(initial());
  }

  useEffect(() => {
    if (focusOn === null) return;
    document.getElementById(focusId(focusOn.key, focusOn.position))?.focus();
  }, [focusOn, focusId]);

  const add = useCallback(() => {
    const key = Math.max(nextKey.current, count) + 1;
    nextKey.current = key;
    setSlots([...slots, { key, source: null }]);
    setFocusOn({ key, position: slots.length });
  }, [count, slots]);

  const remove = useCallback((key: number) => setSlots((current) => current.filter((slot) => slot.key !== key)), []);

  return { slots, add, remove };
}

/**
 * A group of repeatable rows: its legend and hint, the message for the group as a whole (at the
 * id the error summary links to), one list item per row, and "Add"/"Remove" with JavaScript.
 */
export function RepeatableGroup({
  name,
  legend,
  noun,
  hint,
  error,
  hydrated,
  rows,
  children,
}: {
  name: string;
  legend: string;
  noun: string;
  hint: string;
  error?: string[];
  hydrated: boolean;
  rows: ReturnType<typeof useRepeatableRows>;
  children: (slot: RowSlot, position: number) => ReactNode;
}) {
  const id = fieldId(name);
  return (
    <fieldset id={id} tabIndex={-1} className={formClass.group} aria-describedby={error?.length ? `${id}-error` : `${id}-hint`}>
      <legend className={formClass.legend}>{legend}</legend>
      <p id={`${id}-hint`} className={formClass.hint}>
        {hint} {hydrated ? "" : "Blank rows are ignored."}
      </p>
      <FieldError id={`${id}-error`} error={error} />
      <ol className="space-y-3">
        {rows.slots.map((slot, position) => (
          <li key={slot.key} className="space-y-2">
            {children(slot, position)}
            {hydrated ? (
              <button type="button" className={formClass.remove} onClick={() => rows.remove(slot.key)}>
                Remove {noun} {position + 1}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {hydrated ? (
        <button type="button" className={buttonClass.secondary} onClick={rows.add}>
          Add {noun}
        </button>
      ) : null}
    </fieldset>
  );
}
