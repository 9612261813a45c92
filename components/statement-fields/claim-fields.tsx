"use client";

// One claim of a statement. The statement form records any kind of claim with its status and
// evidence; the import review offers the numbers it found, saved as numeric claims to check.
import { SelectField, TextField } from "@/components/forms/fields";
import { LimitedTextAreaField } from "@/components/forms/limited-text-area";
import { CLAIM_KIND_LABEL, CLAIM_KINDS, CLAIM_STATUS_LABEL, CLAIM_STATUSES } from "@/lib/claims/kinds";
import { STATEMENT_LIMITS } from "@/lib/statements/limits";
import type { FieldScope } from "./scope";

const KIND_OPTIONS = CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_LABEL[kind] }));
const STATUS_OPTIONS = CLAIM_STATUSES.map((status) => ({ value: status, label: CLAIM_STATUS_LABEL[status] }));

export function ClaimFields({
  scope,
  label = "Claim",
  variant = "full",
}: {
  scope: FieldScope;
  label?: string;
  variant?: "full" | "numeric";
}) {
  const field = (name: string) => ({ name: scope.name(name), defaultValue: scope.value(name), error: scope.error(name) });
  const numeric = variant === "numeric";
  const valueAndUnit = (
    <>
      <TextField
        {...field("value")}
        label={numeric ? `Value of ${label.toLowerCase()}` : "Value (optional)"}
        inputMode="decimal"
        autoComplete="off"
      />
      <TextField
        {...field("unit")}
        label={numeric ? `Unit of ${label.toLowerCase()}` : "Unit (optional)"}
        hint={numeric ? undefined : "e.g. % of GDP, billion EUR"}
        maxLength={STATEMENT_LIMITS.claimUnit}
        autoComplete="off"
      />
    </>
  );
  if (numeric) {
    return (
      <>
        <TextField {...field("text")} label={label} maxLength={STATEMENT_LIMITS.claimText} autoComplete="off" />
        <div className="grid gap-3 sm:grid-cols-2">{valueAndUnit}</div>
      </>
    );
  }
  return (
    <>
      {scope.value("id") ? <input type="hidden" name={scope.name("id")} value={scope.value("id")} /> : null}
      <LimitedTextAreaField {...field("text")} label={label} rows={2} limit={STATEMENT_LIMITS.claimText} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField {...field("kind")} defaultValue={scope.value("kind") || "FACTUAL"} label="Kind of claim" options={KIND_OPTIONS} />
        <SelectField {...field("status")} defaultValue={scope.value("status") || "UNVERIFIED"} label="Status" options={STATUS_OPTIONS} />
        {valueAndUnit}
      </div>
      <TextField
        {...field("evidenceUrl")}
        label="Evidence web address (optional)"
        type="url"
        maxLength={STATEMENT_LIMITS.url}
        autoComplete="off"
      />
      <LimitedTextAreaField {...field("note")} label="Note (optional)" rows={2} limit={STATEMENT_LIMITS.claimNote} />
    </>
  );
}
