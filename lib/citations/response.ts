import "server-only";
// The downloads behind "Cite this": one route per cited page, the format in the last segment.
import { bibtexEntry, cslJson, plainCitation, type CitedWork } from "./citation";

export const CITATION_FORMATS = {
  txt: { contentType: "text/plain; charset=utf-8", render: plainCitation, label: "Plain text" },
  bib: { contentType: "application/x-bibtex; charset=utf-8", render: bibtexEntry, label: "BibTeX" },
  json: { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", render: cslJson, label: "CSL-JSON" },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;

export function citationFormat(value: string): CitationFormat | null {
  return value === "txt" || value === "bib" || value === "json" ? value : null;
}

export function citationResponse(work: CitedWork, format: CitationFormat): Response {
  const { contentType, render } = CITATION_FORMATS[format];
  const text = render(work);
  return new Response(format === "txt" ? `${text}\n` : text, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${work.key}.${format === "json" ? "csl.json" : format}"`,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
