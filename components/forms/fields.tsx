// Labelled form fields that show their own error, linked for screen readers, and keep the value
// the user typed (passed back by the action as `defaultValue`).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-[invalid=true]:border-red-400";

interface FieldProps {
  name: string;
  label: string;
  error?: string[];
  hint?: ReactNode;
  id?: string;
}

export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

function describedBy(id: string, error?: string[], hint?: ReactNode) {
  return [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldShell({ id, label, error, hint, required, children }: { id: string; label: string; error?: string[]; hint?: ReactNode; required?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? <span className="text-red-700 dark:text-red-400"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ name, label, error, hint, id, ...rest }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldShell id={inputId} label={label} error={error} hint={hint} required={rest.required}>
      <input id={inputId} name={name} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={control} {...rest} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, error, hint, id, ...rest }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldShell id={inputId} label={label} error={error} hint={hint} required={rest.required}>
      <textarea id={inputId} name={name} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={control} rows={rest.rows ?? 4} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  placeholder,
  ...rest
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldShell id={inputId} label={label} error={error} hint={hint} required={rest.required}>
      <select id={inputId} name={name} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={control} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export const buttonClass = {
  primary:
    "inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-800 disabled:cursor-wait disabled:opacity-70 dark:bg-blue-600 dark:hover:bg-blue-500",
  secondary:
    "inline-flex items-center justify-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-900 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800",
  danger:
    "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500",
};
