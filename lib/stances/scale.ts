// The fixed stance scale, relative to a topic's proposition. Pure: labels, order and colours.
export const STANCES = ["STRONGLY_FOR", "FOR", "MIXED", "AGAINST", "STRONGLY_AGAINST", "NOT_STATED"] as const;
export type Stance = (typeof STANCES)[number];

export const HEDGINGS = ["COMMITTED", "CONDITIONAL", "HEDGED"] as const;
export type HedgingValue = (typeof HEDGINGS)[number];

export const STANCE_LABEL: Record<Stance, string> = {
  STRONGLY_FOR: "Strongly for",
  FOR: "For",
  MIXED: "Mixed or neutral",
  AGAINST: "Against",
  STRONGLY_AGAINST: "Strongly against",
  NOT_STATED: "Not stated",
};

export const HEDGING_LABEL: Record<HedgingValue, string> = {
  COMMITTED: "committed",
  CONDITIONAL: "conditional",
  HEDGED: "hedged",
};

/** Position on the scale, +2 (strongly for) to -2 (strongly against); null when not stated. */
export const STANCE_SCORE: Record<Stance, number | null> = {
  STRONGLY_FOR: 2,
  FOR: 1,
  MIXED: 0,
  AGAINST: -1,
  STRONGLY_AGAINST: -2,
  NOT_STATED: null,
};

/** Chart colours, ordered like the badges: greens for, amber mixed, reds against, grey unknown. */
export const STANCE_COLOR: Record<Stance, string> = {
  STRONGLY_FOR: "#047857",
  FOR: "#34d399",
  MIXED: "#f59e0b",
  AGAINST: "#fb7185",
  STRONGLY_AGAINST: "#9f1239",
  NOT_STATED: "#a8a29e",
};
