export const CLAIM_KINDS = ["NUMERIC", "FACTUAL", "PREDICTION", "COMMITMENT"] as const;
export type ClaimKindValue = (typeof CLAIM_KINDS)[number];
export const CLAIM_STATUSES = ["UNVERIFIED", "SUPPORTED", "DISPUTED", "FALSE"] as const;
export type ClaimStatusValue = (typeof CLAIM_STATUSES)[number];

export const CLAIM_KIND_LABEL: Record<ClaimKindValue, string> = {
  NUMERIC: "Numeric",
  FACTUAL: "Factual",
  PREDICTION: "Prediction",
  COMMITMENT: "Commitment",
};

export const CLAIM_STATUS_LABEL: Record<ClaimStatusValue, string> = {
  UNVERIFIED: "Unverified",
  SUPPORTED: "Supported",
  DISPUTED: "Disputed",
  FALSE: "False",
};
