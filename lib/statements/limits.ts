// How long a statement's fields may be, as plain numbers: the zod schema enforces them on the
// server, and the form's counters show them in the browser without bringing zod into its bundle.
export const STATEMENT_LIMITS = {
  text: 5000,
  rendering: 5000,
  context: 5000,
  shiftNote: 1000,
  claimText: 1000,
  claimNote: 2000,
  claimUnit: 40,
  url: 2000,
  language: 35,
  topics: 20,
  claims: 30,
  sources: 20,
} as const;

export const STATEMENT_KINDS = ["QUOTE", "PARAPHRASE"] as const;
export const REVIEW_STATUSES = ["DRAFT", "PUBLISHED"] as const;
/** "new" in a picker means "create it from the fields below". */
export const NEW_OPTION = "new";
