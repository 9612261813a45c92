// A strict check of CSL-JSON as citation processors read it (CSL 1.0.2 input data: an array of
// items, each with a known type and an id, only CSL variables, names as name objects, dates as
// date-parts or EDTF), run by Ajv. Used by tests: a citation that passes it imports into Zotero,
// citeproc-js and pandoc without fields being dropped or refused.
import Ajv from "ajv";

const ITEM_TYPES = (
  "article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection " +
  "dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case " +
  "legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance " +
  "periodical personal_communication post post-weblog regulation report review review-book software song speech " +
  "standard thesis treaty webpage"
).split(" ");

const NAME_VARIABLES = (
  "author chair collection-editor compiler composer container-author contributor curator director editor " +
  "editorial-director executive-producer guest host interviewer illustrator narrator organizer original-author " +
  "performer producer recipient reviewed-author script-writer series-creator translator"
).split(" ");

const DATE_VARIABLES = "accessed available-date event-date issued original-date submitted".split(" ");

const NUMBER_VARIABLES = (
  "chapter-number citation-number collection-number edition first-reference-note-number issue locator number " +
  "number-of-pages number-of-volumes page page-first part-number printing section supplement volume"
).split(" ");

const STRING_VARIABLES = (
  "abstract annote archive archive_collection archive_location archive-place authority call-number citation-key " +
  "citation-label collection-title container-title container-title-short dimensions division DOI event " +
  "event-place event-title genre ISBN ISSN jurisdiction keyword language license medium note original-publisher " +
  "original-publisher-place original-title part-title PMCID PMID publisher publisher-place references " +
  "reviewed-genre reviewed-title scale source status title title-short URL version volume-title year-suffix"
).split(" ");

const datePart = { anyOf: [{ type: "integer" }, { type: "string", pattern: "^-?\\d+$" }] };

const schema = {
  type: "array",
  items: {
    type: "object",
    required: ["type", "id"],
    additionalProperties: false,
    properties: {
      type: { enum: ITEM_TYPES },
      id: { type: ["string", "number"], minLength: 1 },
      categories: { type: "array", items: { type: "string" } },
      custom: { type: "object" },
      ...Object.fromEntries(
        NAME_VARIABLES.map((name) => [
          name,
          {
            type: "array",
            items: {
              type: "object",
              minProperties: 1,
              additionalProperties: false,
              properties: {
                family: { type: "string" },
                given: { type: "string" },
                "dropping-particle": { type: "string" },
                "non-dropping-particle": { type: "string" },
                suffix: { type: "string" },
                "comma-suffix": { type: ["string", "number", "boolean"] },
                "static-ordering": { type: ["string", "number", "boolean"] },
                literal: { type: "string", minLength: 1 },
                "parse-names": { type: ["string", "number", "boolean"] },
              },
            },
          },
        ]),
      ),
      ...Object.fromEntries(
        DATE_VARIABLES.map((name) => [
          name,
          {
            anyOf: [
              { type: "string", pattern: "^[0-9X~?%/.-]+$" },
              {
                type: "object",
                minProperties: 1,
                additionalProperties: false,
                properties: {
                  "date-parts": {
                    type: "array",
                    minItems: 1,
                    maxItems: 2,
                    // Year, month, day (whether they name a real day is checked below).
                    items: { type: "array", minItems: 1, maxItems: 3, items: datePart },
                  },
                  season: { type: ["string", "number"] },
                  circa: { type: ["string", "number", "boolean"] },
                  literal: { type: "string" },
                  raw: { type: "string" },
                },
              },
            ],
          },
        ]),
      ),
      ...Object.fromEntries(NUMBER_VARIABLES.map((name) => [name, { type: ["string", "number"] }])),
      ...Object.fromEntries(STRING_VARIABLES.map((name) => [name, { type: "string" }])),
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** The ways a document is not CSL-JSON (empty when it is), and dates that name no real day. */
export function cslJsonProblems(document: unknown): string[] {
  const problems = validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`.trim());
  if (Array.isArray(document)) {
    document.forEach((item: Record<string, unknown>, i) => {
      for (const name of DATE_VARIABLES) {
        const parts = (item?.[name] as { "date-parts"?: unknown[][] } | undefined)?.["date-parts"] ?? [];
        for (const part of parts) {
          const [year, month, day] = part.map(Number);
          if (month !== undefined && !(month >= 1 && month <= 12)) problems.push(`/${i}/${name} month ${month} is not 1–12`);
          if (day !== undefined && !(day >= 1 && day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate())) {
            problems.push(`/${i}/${name} day ${day} is not a day of ${year}-${month}`);
          }
        }
      }
    });
  }
  return problems;
}
