// "Cite this": a disclosure with the citation as plain text, BibTeX and CSL-JSON, each in a
// read-only field to copy, with a copy button and a download link. Works without JavaScript.
import { bibtexEntry, cslJson, plainCitation, revisionLabel, type CitedWork } from "@/lib/citations/citation";
import { formatAsOf } from "@/lib/as-of/as-of-date";
import { formatDay } from "@/lib/dates/precision";
import { CopyButton } from "./copy-button";

const FORMATS = [
  { format: "txt", label: "Plain text", render: plainCitation, rows: 4 },
  { format: "bib", label: "BibTeX", render: bibtexEntry, rows: 12 },
  { format: "json", label: "CSL-JSON", render: cslJson, rows: 12 },
] as const;

export function CitePanel({ work, downloadBase }: { work: CitedWork; downloadBase: string }) {
  const [path, query] = downloadBase.split("?");
  const download = (format: string) => `${path}/cite/${format}${query ? `?${query}` : ""}`;
  return (
    <details className="cite-panel rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <summary className="cursor-pointer font-medium">Cite this</summary>
      <div className="mt-3 space-y-4">
        {work.asOf ? (
          <p className="text-sm text-stone-700 dark:text-stone-300">
            The record as it stood on {formatAsOf(work.asOf)} (dataset revision {revisionLabel(work.revision)}, the latest change recorded
            by then), read on {formatDay(work.accessed)}. The link opens this same past version.
          </p>
        ) : (
          <p className="text-sm text-stone-700 dark:text-stone-300">
            As read from dataset revision {revisionLabel(work.revision)} on {formatDay(work.accessed)}. The revision is the latest recorded
            change to the data; quote it so others can tell which state of the record you saw.
          </p>
        )}
        {FORMATS.map(({ format, label, render, rows }) => {
          const id = `citation-${format}`;
          return (
            <div key={format} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium">
                {label}
              </label>
              <textarea
                id={id}
                readOnly
                rows={rows}
                value={render(work).trimEnd()}
                className="block w-full rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs text-stone-900 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100"
              />
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <CopyButton targetId={id} label={label} />
                <a className="text-link" href={download(format)} download>
                  Download {label}
                </a>
              </div>
            </div>
          );
        })}
      </div>
    </details>
  );
}
