// The kinds of link between two statements, and how a reader reads each from either end: a link
// is stored once, from → to, and shown on both statements ("walks back" / "walked back by").
// Plain data, no zod or Prisma, so the browser bundle and the PDF can use it.
export const RELATION_TYPES = ["REAFFIRMS", "CLARIFIES", "WALKS_BACK", "CONTRADICTS", "RESPONDS_TO", "SAME_UTTERANCE"] as const;
export type RelationTypeValue = (typeof RELATION_TYPES)[number];

export const RELATION_LABEL: Record<RelationTypeValue, { outgoing: string; incoming: string }> = {
  REAFFIRMS: { outgoing: "reaffirms", incoming: "reaffirmed by" },
  CLARIFIES: { outgoing: "clarifies", incoming: "clarified by" },
  WALKS_BACK: { outgoing: "walks back", incoming: "walked back by" },
  CONTRADICTS: { outgoing: "contradicts", incoming: "contradicted by" },
  RESPONDS_TO: { outgoing: "responds to", incoming: "answered by" },
  SAME_UTTERANCE: { outgoing: "same utterance as", incoming: "same utterance as" },
};

/** How the form offers each type, read as "this statement … the other one". */
export const RELATION_CHOICE_LABEL: Record<RelationTypeValue, string> = {
  REAFFIRMS: "Reaffirms",
  CLARIFIES: "Clarifies",
  WALKS_BACK: "Walks back",
  CONTRADICTS: "Contradicts",
  RESPONDS_TO: "Responds to (any speaker)",
  SAME_UTTERANCE: "Is the same utterance, reported elsewhere, as",
};

/** The label of a link as seen from one of its ends. */
export function relationLabel(type: RelationTypeValue, direction: "outgoing" | "incoming"): string {
  return RELATION_LABEL[type][direction];
}

/** Links that mark a change of position: drawn beside the change on the topic view. */
export const POSITION_CHANGE_TYPES: readonly RelationTypeValue[] = ["WALKS_BACK", "CONTRADICTS"];

export const RELATION_LIMITS = { note: 300, relations: 20 } as const;

/**
 * The statement a typed reference names: "12", "#12", or a permalink ("/statements/12",
 * "https://any.host/statements/12?x#y", also its embed or cite pages). Null when it names none.
 */
export function readStatementReference(raw: string): number | null {
  const text = raw.trim();
  const bare = /^#?(\d{1,12})$/.exec(text);
  if (bare) return positive(bare[1]);
  let path: string;
  try {
    path = new URL(text, "http://relative.invalid").pathname;
  } catch {
    return null;
  }
  const match = /^\/(?:embed\/)?statements\/(\d{1,12})(?:\/|$)/.exec(path);
  return match ? positive(match[1]) : null;
}

function positive(digits: string | undefined): number | null {
  const id = Number(digits);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
