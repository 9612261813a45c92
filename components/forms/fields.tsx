// Labelled form fields that show their own error, linked for screen readers, and keep the value
// the user typed (passed back by the action as `defaultValue`).
import type { ChangeEvent, InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Option = { value: string; label: string };

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

export function describedBy(id: string, error?: string[], hint?: ReactNode, ...more: (string | null | undefined)[]) {
  return [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null, ...more].filter(Boolean).join(" ") || undefined;
}

export const errorTextClass = "text-sm font-medium text-red-700 dark:text-red-400";

/** A message for a group of fields (a row, a list), at the id the error summary links to. */
export function FieldError({ id, error }: { id: string; error?: string[] }) {
  return error?.length ? (
    <p id={id} className={errorTextClass}>
      {error.join(" ")}
    </p>
  ) : null;
}

export function FieldShell({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: string[];
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
}) {
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
      <input
        id={inputId}
        name={name}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(inputId, error, hint)}
        className={control}
        {...rest}
      />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, error, hint, id, ...rest }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldShell id={inputId} label={label} error={error} hint={hint} required={rest.required}>
      <textarea
        id={inputId}
        name={name}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(inputId, error, hint)}
        className={control}
        rows={rest.rows ?? 4}
        {...rest}
      />
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
  groups,
  optionsLabel = "All",
  ref,
  ...rest
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly Option[];
    placeholder?: string;
    /** Option groups listed first (suggestions); the options then follow under `optionsLabel`. */
    groups?: readonly { label: string; options: readonly Option[] }[];
    optionsLabel?: string;
    ref?: Ref<HTMLSelectElement>;
  }) {
  const inputId = id ?? fieldId(name);
  const list = (items: readonly Option[]) =>
    items.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  const grouped = groups?.filter((group) => group.options.length > 0) ?? [];
  return (
    <FieldShell id={inputId} label={label} error={error} hint={hint} required={rest.required}>
      <select
        ref={ref}
        id={inputId}
        name={name}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(inputId, error, hint)}
        className={control}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {grouped.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {list(group.options)}
          </optgroup>
        ))}
        {grouped.length ? <optgroup label={optionsLabel}>{list(options)}</optgroup> : list(options)}
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

/** Radio buttons in a fieldset; the first button carries the field's id, where the error summary links. */
export function RadioGroup({
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
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  error?: string[];
  hint?: string;
  onChange?: (value: string) => void;
}) {
  const id = fieldId(name);
  return (
    <fieldset aria-describedby={describedBy(id, error, hint)} aria-invalid={error?.length ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="inline-flex items-center gap-2 text-base">
            <input
              type="radio"
              id={index === 0 ? id : undefined}
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
