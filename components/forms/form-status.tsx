import type { FormState } from "@/lib/forms/state";

/** The form's summary message, announced by screen readers when it changes. */
export function FormStatus({ state, id = "form-status" }: { state: FormState; id?: string }) {
  const errorCount = Object.values(state.fieldErrors ?? {}).filter((e) => e?.length).length;
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
          {!state.ok && errorCount > 0 ? <p>Please correct the {errorCount === 1 ? "field" : `${errorCount} fields`} marked below.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
