// "Cite this": one cited work in three forms — a plain reference, BibTeX (biblatex fields) and
// CSL-JSON — each naming the dataset revision it was read at and the day it was accessed.
import { formatAsOf } from "@/lib/as-of/as-of-date";
import { formatDay, formatInterval, type DateInterval } from "@/lib/dates/precision";

export interface CitedWork {
  /** The citation key and CSL id: letters, digits and hyphens. */
  key: string;
  /** A statement (its words, spoken at a date) or a view of the dataset (a topic page). */
  type: "statement" | "view";
  title: string;
  /** The speaker, or whoever the view is about; null for none. */
  author: string | null;
  /** The role the speaker held then, for the plain reference. */
  role: string | null;
  /** When it was said; null for views, which are dated by their access. */
  issued: DateInterval | null;
  /** The occasion ("NATO Summit, The Hague"). */
  event: string | null;
  /** Where the statement is recorded ("Press conference transcript, NATO"). */
  source: string | null;
  url: string;
  /** The dataset revision read: the latest change in the audit trail. */
  revision: number;
  /** The day of access, YYYY-MM-DD. */
  accessed: string;
  /** The record as it stood at the end of this day (YYYY-MM-DD), when the view was one of the past. */
  asOf?: string;
}

/** "as recorded on 30 Jun 2025" for a view of the past, else "". */
const asOfPhrase = (work: CitedWork) => (work.asOf ? `as recorded on ${formatAsOf(work.asOf)}` : "");

export const PUBLISHER = "Statement Tracker";

export const revisionLabel = (revision: number) => `r${revision}`;

/** A reference for pasting into text. */
export function plainCitation(work: CitedWork): string {
  const who = work.author ? `${work.author}${work.role ? ` (${work.role})` : ""}. ` : "";
  const when = work.issued ? ` ${formatInterval(work.issued)}.` : "";
  const where = [work.event, work.source].filter(Boolean).join("; ");
  return (
    `${who}“${work.title}”.${when}${where ? ` ${where}.` : ""} ${PUBLISHER}, ${work.asOf ? `${asOfPhrase(work)}, ` : ""}dataset revision ${revisionLabel(work.revision)}. ` +
    `${work.url} (accessed ${formatDay(work.accessed)}).`
  );
}

// BibTeX ---------------------------------------------------------------------------------------

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // Not special to BibTeX, but TeX's default font encoding prints them as "¡", "¿" and "—".
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};

/** A field value's text with every character that TeX reads as markup written as itself. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\{}%&$#_~^<>|]/g, (char) => BIBTEX_SPECIAL[char]!);
}

/** URLs are read verbatim; only braces and backslashes could still break the entry. */
const bibtexUrl = (url: string) => url.replace(/[{}\\]/g, (char) => encodeURIComponent(char));

/** A date interval in biblatex's EDTF form: "2024-11-12", "2024-11", "2024-11-01/2024-11-30", "2025-06~". */
export function edtfDate(date: DateInterval): string {
  const { start, end, precision } = date;
  if (precision === "DAY" || start === end) return start;
  if (precision === "MONTH") return start.slice(0, 7);
  if (precision === "YEAR") return start.slice(0, 4);
  if (precision === "APPROXIMATE") return `${start}~/${end}~`;
  return `${start}/${end}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function bibtexEntry(work: CitedWork): string {
  const fields: [string, string][] = [];
  // Double braces: a name is one literal name (no "and" splitting, no initials); a title keeps
  // its letter case whatever the style.
  if (work.author) fields.push(["author", `{${escapeBibtex(work.author)}}`]);
  fields.push(["title", `{${escapeBibtex(work.title)}}`]);
  const date = work.issued ?? { start: work.accessed, end: work.accessed, precision: "DAY" as const };
  fields.push(["date", edtfDate(date)]);
  fields.push(["year", date.start.slice(0, 4)]);
  if (date.start.slice(0, 7) === date.end.slice(0, 7) && date.precision !== "YEAR") {
    fields.push(["month", MONTHS[Number(date.start.slice(5, 7)) - 1]!]);
  }
  if (work.event) fields.push(["eventtitle", escapeBibtex(work.event)]);
  fields.push(["howpublished", escapeBibtex(PUBLISHER)]);
  fields.push(["organization", escapeBibtex(PUBLISHER)]);
  fields.push(["version", revisionLabel(work.revision)]);
  fields.push(["url", bibtexUrl(work.url)]);
  fields.push(["urldate", work.accessed]);
  const note = [
    work.role ? `${work.author}, ${work.role}` : null,
    work.issued ? `Date: ${formatInterval(work.issued)}` : null,
    work.source ? `Source: ${work.source}` : null,
    work.asOf ? `Record ${asOfPhrase(work)}` : null,
    `Dataset revision ${revisionLabel(work.revision)}`,
  ].filter((part): part is string => part !== null);
  fields.push(["note", escapeBibtex(note.join(". "))]);
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${work.key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n")}\n}\n`;
}

// CSL-JSON -------------------------------------------------------------------------------------

type DateParts = [number] | [number, number] | [number, number, number];

const parts = (day: string, precision: "DAY" | "MONTH" | "YEAR"): DateParts => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return precision === "YEAR" ? [y] : precision === "MONTH" ? [y, m] : [y, m, d];
};

/** CSL's date: [[y, m, d]] for a day, [[y, m]] for a month, two parts for a range, circa when approximate. */
export function cslDate(date: DateInterval): { "date-parts": DateParts[]; circa?: boolean } {
  const { start, end, precision } = date;
  if (precision === "DAY" || start === end) return { "date-parts": [parts(start, "DAY")] };
  if (precision === "MONTH" || precision === "YEAR") return { "date-parts": [parts(start, precision)] };
  const range = { "date-parts": [parts(start, "DAY"), parts(end, "DAY")] };
  return precision === "APPROXIMATE" ? { ...range, circa: true } : range;
}

export interface CslItem {
  id: string;
  type: "speech" | "dataset";
  title: string;
  author?: { literal: string }[];
  issued: ReturnType<typeof cslDate>;
  accessed: ReturnType<typeof cslDate>;
  "container-title": string;
  publisher: string;
  version: string;
  URL: string;
  "event-title"?: string;
  note: string;
}

export function cslItem(work: CitedWork): CslItem {
  const accessed = cslDate({ start: work.accessed, end: work.accessed, precision: "DAY" });
  const item: CslItem = {
    id: work.key,
    type: work.type === "statement" ? "speech" : "dataset",
    title: work.title,
    issued: work.issued ? cslDate(work.issued) : accessed,
    accessed,
    "container-title": PUBLISHER,
    publisher: PUBLISHER,
    version: revisionLabel(work.revision),
    URL: work.url,
    note: [
      work.role ? `${work.author}, ${work.role}` : null,
      work.source ? `Source: ${work.source}` : null,
      work.asOf ? `Record ${asOfPhrase(work)}` : null,
    ]
      .filter(Boolean)
      .concat(`Dataset revision ${revisionLabel(work.revision)}`)
      .join(". "),
  };
  if (work.author) item.author = [{ literal: work.author }];
  if (work.event) item["event-title"] = work.event;
  return item;
}

/** A CSL-JSON document: an array of items, as citation managers import it. */
export const cslJson = (work: CitedWork) => `${JSON.stringify([cslItem(work)], null, 2)}\n`;
