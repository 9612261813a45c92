"use client";

// One source of a statement: a known source, or a new one created with it (its address, title,
// outlet, kind, date and optionally its full text, so the quote can be checked against it).
import { useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { LimitedTextAreaField } from "@/components/forms/limited-text-area";
import { InlineNew } from "@/components/forms/layout";
import { SOURCE_KIND_LABEL, SOURCE_KINDS } from "@/lib/sources/kinds";
import { NEW_OPTION, STATEMENT_LIMITS } from "@/lib/statements/limits";
import { withNew, type FieldScope, type Option } from "./scope";

const SOURCE_KIND_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABEL[kind] }));

export function SourceFields({
  scope,
  sources,
  hydrated,
  today,
}: {
  scope: FieldScope;
  sources: readonly Option[];
  hydrated: boolean;
  today: string;
}) {
  const [choice, setChoice] = useState(scope.value("id"));
  const field = (name: string) => ({
    name: scope.name(`new.${name}`),
    defaultValue: scope.value(`new.${name}`),
    error: scope.error(`new.${name}`),
  });
  return (
    <>
      <SelectField
        name={scope.name("id")}
        label="Source"
        placeholder="Choose a source"
        options={withNew(sources, "New source (fill in below)", NEW_OPTION)}
        defaultValue={scope.value("id")}
        error={scope.error("id")}
        onChange={(event) => setChoice(event.target.value)}
      />
      <InlineNew hydrated={hydrated} chosen={choice === NEW_OPTION} summary="Source not in the list? Create one" open={scope.used("new")}>
        <TextField {...field("url")} label="Web address" type="url" maxLength={2000} autoComplete="off" />
        <TextField {...field("title")} label="Title" maxLength={500} autoComplete="off" />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField {...field("outlet")} label="Outlet" maxLength={200} autoComplete="off" />
          <SelectField
            {...field("kind")}
            defaultValue={scope.value("new.kind") || "NEWS_ARTICLE"}
            label="Kind of source"
            options={SOURCE_KIND_OPTIONS}
          />
          <TextField {...field("publishedOn")} label="Published on" type="date" max={today} />
        </div>
        <TextAreaField
          {...field("snapshotText")}
          label="Full text (optional)"
          hint="Paste the transcript or article, so the quote can be checked against it later."
          rows={3}
        />
      </InlineNew>
      <LimitedTextAreaField
        name={scope.name("rendering")}
        label="Wording in this source (optional)"
        hint="Only if this source words it differently from the text above (a news report of a transcript, say): the words as printed here. The permalink shows the difference."
        rows={2}
        limit={STATEMENT_LIMITS.rendering}
        defaultValue={scope.value("rendering")}
        error={scope.error("rendering")}
      />
    </>
  );
}
