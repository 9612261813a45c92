"use client";

// What was said: the statement's words, with a live count against the limit the server applies.
import { LimitedTextAreaField } from "@/components/forms/limited-text-area";
import { STATEMENT_LIMITS } from "@/lib/statements/limits";
import type { FieldScope } from "./scope";

export const KIND_OPTIONS = [
  { value: "QUOTE", label: "Verbatim quote" },
  { value: "PARAPHRASE", label: "Paraphrase" },
];

export function StatementTextField({
  scope,
  rows = 5,
  hint,
  required,
}: {
  scope: FieldScope;
  rows?: number;
  hint?: string;
  required?: boolean;
}) {
  return (
    <LimitedTextAreaField
      name={scope.name("text")}
      label="Text"
      required={required}
      rows={rows}
      limit={STATEMENT_LIMITS.text}
      hint={hint}
      defaultValue={scope.value("text")}
      error={scope.error("text")}
    />
  );
}
