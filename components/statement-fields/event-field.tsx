"use client";

// The occasion: none, a known event, or (in the statement form) a new one created with it.
import { useState } from "react";
import { SelectField, TextField } from "@/components/forms/fields";
import { InlineNew } from "@/components/forms/layout";
import { EVENT_KIND_LABEL, EVENT_KINDS } from "@/lib/events/kinds";
import { NEW_OPTION } from "@/lib/statements/limits";
import { withNew, type FieldScope, type Option } from "./scope";

const EVENT_KIND_OPTIONS = EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_LABEL[kind] }));

export function EventField({
  scope,
  events,
  hydrated,
  today,
  label = "Event",
  allowNew = true,
}: {
  scope: FieldScope;
  events: readonly Option[];
  hydrated: boolean;
  today: string;
  label?: string;
  allowNew?: boolean;
}) {
  const [choice, setChoice] = useState(scope.value("event.id"));
  const field = (name: string) => ({
    name: scope.name(`event.new.${name}`),
    defaultValue: scope.value(`event.new.${name}`),
    error: scope.error(`event.new.${name}`),
  });
  return (
    <>
      <SelectField
        name={scope.name("event.id")}
        label={label}
        placeholder="No particular event"
        options={allowNew ? withNew(events, "New event (fill in below)", NEW_OPTION) : events}
        defaultValue={scope.value("event.id")}
        error={scope.error("event.id")}
        onChange={(event) => setChoice(event.target.value)}
      />
      {allowNew ? (
        <InlineNew
          hydrated={hydrated}
          chosen={choice === NEW_OPTION}
          summary="Event not in the list? Create one"
          open={scope.used("event.new")}
        >
          <TextField {...field("name")} label="New event's name" maxLength={300} autoComplete="off" />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              {...field("kind")}
              defaultValue={scope.value("event.new.kind") || "OTHER"}
              label="Kind of event"
              options={EVENT_KIND_OPTIONS}
            />
            <TextField {...field("location")} label="Location" maxLength={200} autoComplete="off" />
            <TextField {...field("date")} label="Event date" type="date" max={today} />
          </div>
        </InlineNew>
      ) : null}
    </>
  );
}
