"use client";

// A text area with a length limit shown as a live counter instead of a `maxLength`, which cut a
// pasted text silently mid-word. What was typed is kept however long; the server refuses it with
// a message at the field. The counter is rendered on the server too (from the value), so it reads
// the same without JavaScript; screen readers hear it politely, once typing pauses.
import { useEffect, useState, type TextareaHTMLAttributes } from "react";
import { describedBy, fieldId, TextAreaField } from "./fields";

const ANNOUNCE_AFTER_MS = 800;

export function counterText(length: number, limit: number): { count: string; over: string | null } {
  const count = `${length.toLocaleString("en")} / ${limit.toLocaleString("en")}`;
  const excess = length - limit;
  return { count, over: excess > 0 ? `${excess.toLocaleString("en")} ${excess === 1 ? "character" : "characters"} too many` : null };
}

export function LimitedTextAreaField({
  name,
  label,
  error,
  hint,
  id,
  limit,
  defaultValue,
  onChange,
  ...rest
}: { name: string; label: string; error?: string[]; hint?: string; id?: string; limit: number; defaultValue?: string } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "defaultValue" | "maxLength"
>) {
  const inputId = id ?? fieldId(name);
  const countId = `${inputId}-count`;
  const [length, setLength] = useState((defaultValue ?? "").length);
  const [touched, setTouched] = useState(false);
  const [announced, setAnnounced] = useState("");
  const { count, over } = counterText(length, limit);

  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => setAnnounced(over ? `${count} characters: ${over}` : `${count} characters`), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [touched, count, over]);

  return (
    <div>
      <TextAreaField
        {...rest}
        id={inputId}
        name={name}
        label={label}
        error={error}
        hint={hint}
        defaultValue={defaultValue}
        aria-describedby={describedBy(inputId, error, hint, countId)}
        aria-invalid={error?.length || over ? true : undefined}
        onChange={(event) => {
          setLength(event.target.value.length);
          setTouched(true);
          onChange?.(event);
        }}
      />
      <p
        id={countId}
        className={`mt-1 text-sm tabular-nums ${over ? "font-medium text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-400"}`}
      >
        {count} characters{over ? `: ${over}` : ""}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
