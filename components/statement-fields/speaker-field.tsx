"use client";

// Who said it: a known speaker, or a new one created with the statement. The statement form asks
// for the new speaker's description and role too; the import review only for the name.
import { useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { InlineNew } from "@/components/forms/layout";
import { NEW_OPTION } from "@/lib/statements/limits";
import { withNew, type FieldScope, type Option } from "./scope";

export function SpeakerField({
  scope,
  speakers,
  hydrated,
  today,
  detailed = true,
  required,
  onChange,
}: {
  scope: FieldScope;
  speakers: readonly Option[];
  hydrated: boolean;
  today: string;
  detailed?: boolean;
  required?: boolean;
  onChange?: (speakerId: string) => void;
}) {
  const [choice, setChoice] = useState(scope.value("speaker.id"));
  const field = (name: string) => ({
    name: scope.name(`speaker.new.${name}`),
    defaultValue: scope.value(`speaker.new.${name}`),
    error: scope.error(`speaker.new.${name}`),
  });
  return (
    <>
      <SelectField
        name={scope.name("speaker.id")}
        label="Speaker"
        required={required}
        placeholder="Choose a speaker"
        options={withNew(speakers, detailed ? "New speaker (fill in below)" : "New speaker (name below)", NEW_OPTION)}
        defaultValue={scope.value("speaker.id")}
        error={scope.error("speaker.id")}
        onChange={(event) => {
          setChoice(event.target.value);
          onChange?.(event.target.value);
        }}
      />
      <InlineNew
        hydrated={hydrated}
        chosen={choice === NEW_OPTION}
        summary="Speaker not in the list? Create one"
        open={choice === NEW_OPTION || scope.used("speaker.new")}
      >
        <TextField {...field("name")} label="New speaker's name" maxLength={200} autoComplete="off" />
        {detailed ? (
          <>
            <TextAreaField {...field("description")} label="Description (optional)" rows={2} maxLength={5000} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                {...field("role.title")}
                label="Role (optional)"
                hint="e.g. Secretary General"
                maxLength={200}
                autoComplete="off"
              />
              <TextField {...field("role.organisation")} label="Organisation" maxLength={200} autoComplete="off" />
              <TextField {...field("role.startDate")} label="Role held from" type="date" max={today} />
              <TextField {...field("role.endDate")} label="Role held until" type="date" max={today} hint="Blank while the role is held." />
            </div>
          </>
        ) : null}
      </InlineNew>
    </>
  );
}
