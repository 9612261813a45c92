"use client";

// Repeatable form rows that work without JavaScript: the server renders the existing rows plus
// spare blank ones, named by position (`roles.0.title`). With JavaScript, rows can be added and
// removed; names follow the position, so the submitted indexes stay contiguous.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False during server rendering and hydration, true once JavaScript runs the page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

export interface RowSlot {
  /** Stable React key. */
  key: number;
  /** Which submitted or stored row supplies the default values; null for a row added here. */
  source: number | null;
}

/**
 * Rows `0..count-1`, reset whenever `resetOn` changes (a new action result). `focusId(key)` names
 * the element to focus after "Add".
 */
export function useRepeatableRows(count: number, resetOn: unknown, focusId: (key: number) => string) {
  const initial = () => Array.from({ length: count }, (_, index) => ({ key: index, source: index }));
  const [slots, setSlots] = useState<RowSlot[]>(initial);
  const [seenReset, setSeenReset] = useState(resetOn);
  const nextKey = useRef(count);
  const [focusKey, setFocusKey] = useState<number | null>(null);

  if (seenReset !== resetOn) {
    setSeenReset(resetOn);
    setSlots(initial());
  }

  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(focusId(focusKey))?.focus();
  }, [focusKey, focusId]);

  const add = useCallback(() => {
    const key = Math.max(nextKey.current, count) + 1;
    nextKey.current = key;
    setSlots((current) => [...current, { key, source: null }]);
    setFocusKey(key);
  }, [count]);

  const remove = useCallback((key: number) => setSlots((current) => current.filter((slot) => slot.key !== key)), []);

  return { slots, add, remove };
}
