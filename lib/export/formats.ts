// The three export formats as stream encoders, and the file names they download as.
import { emptyFilters, filtersToSearchParams, type TimelineFilters } from "@/lib/statements/filters";
import { claimReviews } from "./claim-review";
import { csvLines, UTF8_BOM } from "./csv";
import type { PublicStatement } from "./schema";
import type { BatchEncoder } from "./stream";

export type ExportFormat = "csv" | "json" | "jsonld";

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

const EXTENSION: Record<ExportFormat, string> = { csv: "csv", json: "json", jsonld: "jsonld" };

export const SITE_NAME = "Statement Tracker";

/** The query that reproduces the view (no page: an export holds every matching statement). */
export const exportQuery = (filters: TimelineFilters) => filtersToSearchParams({ ...filters, page: 1 }).toString();

/** One record per line inside an otherwise compact document: streamable and easy to diff. */
function* jsonLines(records: unknown[], first: boolean): Generator<string> {
  for (const [index, record] of records.entries()) yield `${first && index === 0 ? "\n" : ",\n"}${JSON.stringify(record)}`;
}

export function exportEncoder(
  format: ExportFormat,
  context: { origin: string; filters: TimelineFilters; exportedAt: Date },
): BatchEncoder<PublicStatement> {
  if (format === "csv") {
    return { head: UTF8_BOM + [...csvLines([], true)].join(""), batch: (records) => csvLines(records, false), tail: () => "" };
  }
  if (format === "json") {
    const head = `{"exportedAt":${JSON.stringify(context.exportedAt.toISOString())},"query":${JSON.stringify(exportQuery(context.filters))},"statements":[`;
    return { head, batch: jsonLines, tail: (count) => `${count ? "\n" : ""}],"count":${count}}\n` };
  }
  const site = { name: SITE_NAME, url: `${context.origin}/` };
  let reviews = 0;
  return {
    head: `{"@context":"https://schema.org","@graph":[`,
    batch: (records) => {
      const graph = records.flatMap((statement) => claimReviews(statement, site));
      const lines = jsonLines(graph, reviews === 0);
      reviews += graph.length;
      return lines;
    },
    tail: () => `${reviews ? "\n" : ""}]}\n`,
  };
}

/** "statements-defence-spending-mark-rutte-filtered-2025-11-22.csv": what the view holds, and when. */
export function exportFilename(format: ExportFormat, filters: TimelineFilters, exportedAt: Date): string {
  const base = format === "jsonld" ? "claim-reviews" : "statements";
  const named = [...filters.topics, ...filters.speakers];
  const narrowed = exportQuery({ ...filters, topics: [], speakers: [], order: emptyFilters.order }) !== "";
  const parts = [base, ...named.slice(0, 4), ...(named.length > 4 || narrowed ? ["filtered"] : []), exportedAt.toISOString().slice(0, 10)];
  return `${parts.join("-")}.${EXTENSION[format]}`;
}
