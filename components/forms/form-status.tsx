"use client";

// The form's outcome. A success, or a refusal that concerns no particular field, is a polite
// status message. A refusal with field messages is an error summary at the top of the form (the
// GOV.UK pattern): focus moves to it after the failed submit, and it lists each message once with
// the field's label, as a link that takes the user to the field.
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { fieldId } from "@/components/forms/fields";
import { summaryItems, type SummaryItem } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/state";

type Labeller = (name: string) => string | undefined;

/** The label a field has on the page: its <label>, or its group's legend, after its row's legend. */
function pageLabel(name: string): string | undefined {
  const element = document.getElementById(fieldId(name));
  if (!element) return undefined;
  const clean = (text: string | null | undefined) =>
    text
      ?.replace(/\s*\*$/, "")
      .replace(/\s+/g, " ")
      .trim() || undefined;
  const own =
    element instanceof HTMLFieldSetElement
      ? clean(element.querySelector("legend")?.textContent)
      : (clean((element as HTMLInputElement).labels?.[0]?.textContent) ??
        clean(element.closest("fieldset")?.querySelector("legend")?.textContent));
  // A field of a repeatable row or of one candidate says which one.
  if (!/\.\d+(\.|$)/.test(name)) return own;
  const row = element.parentElement?.closest("fieldset");
  const rowLegend = clean(row?.querySelector("legend")?.textContent);
  return rowLegend && rowLegend !== own ? `${rowLegend}: ${own ?? ""}`.replace(/: $/, "") : own;
}

function goTo(event: MouseEvent<HTMLAnchorElement>, name: string, href: string) {
  const target = document.getElementById(href.slice(1)) ?? document.getElementsByName(name)[0];
  if (!target) return;
  event.preventDefault();
  target.closest("details")?.setAttribute("open", "");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

export function FormStatus({
  state,
  id = "form-status",
  fieldLabel,
  fieldHref,
}: {
  state: FormState;
  id?: string;
  /** The label for a field's name, where the page has none to read (and without JavaScript). */
  fieldLabel?: Labeller;
  /** Where a field's message links, when not to the element with the field's id. */
  fieldHref?: (name: string) => string | undefined;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<{ for: FormState; read: Map<string, string> } | null>(null);
  const failed = !state.ok && Boolean(state.message) && Object.values(state.fieldErrors ?? {}).some((messages) => messages?.length);

  // After the form has rendered its fields, read their labels from the page and bring the summary into view.
  useEffect(() => {
    if (!failed) return;
    summary.current?.focus();
    const frame = requestAnimationFrame(() => {
      const read = new Map<string, string>();
      for (const name of Object.keys(state.fieldErrors ?? {})) {
        const label = pageLabel(name);
        if (label) read.set(name, label);
      }
      setLabels({ for: state, read });
    });
    return () => cancelAnimationFrame(frame);
  }, [failed, state]);

  if (!failed) {
    return (
      <div id={id} aria-live="polite" role="status">
        {state.message ? (
          <div
            className={`rounded-md border px-4 py-3 text-sm ${
              state.ok
                ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
                : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
            }`}
          >
            <p className="font-medium">{state.message}</p>
          </div>
        ) : null}
      </div>
    );
  }

  const read = labels?.for === state ? labels.read : undefined;
  const items: SummaryItem[] = summaryItems(state.fieldErrors, state.message, (name) => fieldLabel?.(name) ?? read?.get(name));
  return (
    <div
      id={id}
      ref={summary}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-950 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-700/40 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {state.message}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => {
          const href = fieldHref?.(item.name) ?? `#${fieldId(item.name)}`;
          return (
            <li key={item.name}>
              <a href={href} onClick={(event) => goTo(event, item.name, href)} className="font-medium underline hover:no-underline">
                {item.label}: {item.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
