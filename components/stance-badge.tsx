import { HEDGING_LABEL, STANCE_LABEL, type HedgingValue, type Stance } from "@/lib/stances/scale";

/** A stance as a coloured pill (colours in globals.css, `.stance-<stance>`), with its hedging. */
export function StanceBadge({ stance, hedging }: { stance: Stance; hedging?: HedgingValue | null }) {
  return (
    <span className={`stance-badge stance-${stance.toLowerCase()}`}>
      {STANCE_LABEL[stance]}
      {hedging ? <span>({HEDGING_LABEL[hedging]})</span> : null}
    </span>
  );
}
