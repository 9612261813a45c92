"use client";

// When it was said: how precisely the date is known, then the fields for that precision. Without
// JavaScript every field is shown (the ones not matching the precision are ignored); with it,
// only the matching ones. Days are typed as text, not picked: a browser's date picker sends an
// impossible day (31 February) as an empty value, and the server could only say "enter a day".
import { useState } from "react";
import { RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import type { FieldScope } from "./scope";

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
].map((label, index) => ({ value: String(index + 1), label }));

export const PRECISIONS = [
  { value: "DAY", label: "Exact day" },
  { value: "MONTH", label: "Month" },
  { value: "YEAR", label: "Year" },
  { value: "RANGE", label: "Between two days" },
  { value: "APPROXIMATE", label: "Approximately (an estimate)" },
];

const DAY_HINT = "As year-month-day, e.g. 2025-02-14.";

function DayField({ scope, field, label, hint }: { scope: FieldScope; field: string; label: string; hint?: string }) {
  return (
    <TextField
      name={scope.name(field)}
      label={label}
      autoComplete="off"
      spellCheck={false}
      maxLength={40}
      hint={hint ?? DAY_HINT}
      defaultValue={scope.value(field)}
      error={scope.error(field)}
    />
  );
}

/**
 * The date fields under `date.`. `control` is how the precision is chosen: radio buttons in the
 * statement form, a compact list in the import review where every candidate has its own.
 */
export function DateFields({
  scope,
  hydrated,
  control = "radios",
}: {
  scope: FieldScope;
  hydrated: boolean;
  control?: "radios" | "select";
}) {
  const [precision, setPrecision] = useState(scope.value("date.precision"));
  const show = (...precisions: string[]) => !hydrated || precisions.includes(precision);
  const allHint = hydrated ? undefined : "Then fill in the matching fields below; the others are ignored.";
  return (
    <>
      {control === "radios" ? (
        <RadioGroup
          name={scope.name("date.precision")}
          legend="How precisely is the date known?"
          options={PRECISIONS}
          defaultValue={scope.value("date.precision")}
          error={scope.error("date.precision")}
          hint={allHint}
          onChange={setPrecision}
        />
      ) : (
        <SelectField
          name={scope.name("date.precision")}
          label="Date known to"
          options={PRECISIONS}
          defaultValue={scope.value("date.precision")}
          error={scope.error("date.precision")}
          hint={allHint}
          onChange={(event) => setPrecision(event.target.value)}
        />
      )}
      {show("DAY") ? (
        <DayField scope={scope} field="date.day" label="Day" hint={hydrated ? DAY_HINT : `For an exact day. ${DAY_HINT}`} />
      ) : null}
      {show("MONTH", "YEAR") ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name={scope.name("date.year")}
            label="Year"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            hint={hydrated ? undefined : "For a month or a year."}
            defaultValue={scope.value("date.year")}
            error={scope.error("date.year")}
          />
          {show("MONTH") ? (
            <SelectField
              name={scope.name("date.month")}
              label="Month"
              placeholder="Choose a month"
              options={MONTHS}
              hint={hydrated ? undefined : "For a month."}
              defaultValue={scope.value("date.month")}
              error={scope.error("date.month")}
            />
          ) : null}
        </div>
      ) : null}
      {show("RANGE", "APPROXIMATE") ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <DayField
            scope={scope}
            field="date.from"
            label={precision === "APPROXIMATE" ? "Earliest likely day" : "Earliest possible day"}
            hint={hydrated ? undefined : `For a range or an estimate. ${DAY_HINT}`}
          />
          <DayField
            scope={scope}
            field="date.to"
            label={precision === "APPROXIMATE" ? "Latest likely day" : "Latest possible day"}
            hint={precision === "RANGE" ? undefined : "Blank for a single estimated day."}
          />
        </div>
      ) : null}
    </>
  );
}
