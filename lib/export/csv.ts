// One CSV row per statement. Topics, claims and sources are flattened into parallel columns:
// `topic_slugs`, `topic_names`, `stances` and `hedging` each hold one line per topic, in the same
// order, so line n of each belongs together (likewise for claims and sources). A line break inside
// one listed item becomes a space so the lines stay aligned; the JSON export keeps exact texts.
import { stringify } from "csv-stringify/sync";
import type { PublicStatement } from "./schema";

export const CSV_COLUMNS = [
  "id",
  "url",
  "date_start",
  "date_end",
  "date_precision",
  "date_label",
  "kind",
  "language",
  "speaker_slug",
  "speaker_name",
  "speaker_role",
  "event_name",
  "event_kind",
  "event_location",
  "event_date",
  "text",
  "context",
  "topic_slugs",
  "topic_names",
  "stances",
  "hedging",
  "claim_count",
  "claim_texts",
  "claim_kinds",
  "claim_values",
  "claim_units",
  "claim_statuses",
  "source_count",
  "source_titles",
  "source_urls",
  "source_outlets",
  "source_kinds",
  "source_published_on",
  "source_pages",
  "source_timestamps",
  "source_renderings",
  "source_rendering_flags",
  "link_types",
  "link_statement_ids",
  "link_notes",
  "created_at",
  "updated_at",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separates the items of a list column. */
export const LIST_SEPARATOR = "\n";

const lines = <T>(items: T[], value: (item: T) => string | number | null) =>
  items.map((item) => String(value(item) ?? "").replace(/\r\n|[\r\n]/g, " ")).join(LIST_SEPARATOR);

export function toCsvRecord(s: PublicStatement): Record<CsvColumn, string | number> {
  return {
    id: s.id,
    url: s.url,
    date_start: s.date.start,
    date_end: s.date.end,
    date_precision: s.date.precision,
    date_label: s.date.label,
    kind: s.kind,
    language: s.language,
    speaker_slug: s.speaker.slug,
    speaker_name: s.speaker.name,
    speaker_role: s.speaker.role ?? "",
    event_name: s.event?.name ?? "",
    event_kind: s.event?.kind ?? "",
    event_location: s.event?.location ?? "",
    event_date: s.event?.date ?? "",
    text: s.text,
    context: s.context,
    topic_slugs: lines(s.topics, (t) => t.slug),
    topic_names: lines(s.topics, (t) => t.name),
    stances: lines(s.topics, (t) => t.stance),
    hedging: lines(s.topics, (t) => t.hedging),
    claim_count: s.claims.length,
    claim_texts: lines(s.claims, (c) => c.text),
    claim_kinds: lines(s.claims, (c) => c.kind),
    claim_values: lines(s.claims, (c) => c.value),
    claim_units: lines(s.claims, (c) => c.unit),
    claim_statuses: lines(s.claims, (c) => c.status),
    source_count: s.sources.length,
    source_titles: lines(s.sources, (x) => x.title),
    source_urls: lines(s.sources, (x) => x.url),
    source_outlets: lines(s.sources, (x) => x.outlet),
    source_kinds: lines(s.sources, (x) => x.kind),
    source_published_on: lines(s.sources, (x) => x.publishedOn),
    source_pages: lines(s.sources, (x) => x.page),
    source_timestamps: lines(s.sources, (x) => x.timestamp),
    source_renderings: lines(s.sources, (x) => x.rendering),
    source_rendering_flags: lines(s.sources, (x) => x.renderingFlags.map((flag) => flag.message).join("; ")),
    link_types: lines(s.links, (l) => l.label),
    link_statement_ids: lines(s.links, (l) => l.statementId),
    link_notes: lines(s.links, (l) => l.note),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

// A cell a spreadsheet would read as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`) is written
// with a single quote in front, as OWASP recommends against CSV injection: the spreadsheet shows it
// as text. A cell that already begins with a quote gets one too, so the rule is exactly reversible:
// remove the first character of every cell that begins with `'`. Plain numbers ("-3.5") are left
// as they are; they are no formula.
const FORMULA_START = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export function neutraliseFormula(value: string | number): string | number {
  if (typeof value !== "string" || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** The exact value of a cell read back from the CSV export. */
export function recoverCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * Lines of the CSV file, a few records each: the header line when asked, then one record per
 * statement. Records end in CRLF (RFC 4180); fields holding a quote, comma or line break are quoted.
 */
export function* csvLines(statements: PublicStatement[], withHeader: boolean): Generator<string> {
  if (withHeader) yield stringify([], { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows" });
  // A few records per piece, so the stream sends chunks of a steady size (see lib/export/stream.ts).
  for (let i = 0; i < statements.length; i += 20) {
    const rows = statements.slice(i, i + 20).map((statement) => {
      const record = toCsvRecord(statement);
      return CSV_COLUMNS.map((column) => neutraliseFormula(record[column]));
    });
    yield stringify(rows, { record_delimiter: "windows" });
  }
}

/** Spreadsheet programs read the file as UTF-8 only with a byte order mark. */
export const UTF8_BOM = "\uFEFF";
