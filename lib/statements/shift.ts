// A possible shift: the stance a statement takes on a topic would be a change of position
// (lib/stances/positions.ts) from the speaker's current one. Pure, so the form (live notice) and
// the server (check on save) agree.
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import { CHANGE_KIND_LABEL, changeKind, positionLabel, type ChangeKind } from "@/lib/stances/positions";
import type { Stance } from "@/lib/stances/scale";

/** The speaker's current position on one topic and their latest published statement on it. */
export interface PublishedStance {
  topicId: number;
  topicName: string;
  speakerName: string;
  /** The stance of the latest statement. */
  stance: Stance;
  /** The position it belongs to ("For and Strongly for"); the latest stance alone when absent. */
  position?: Stance[];
  statementId: number;
  date: DateInterval;
}

export interface StanceShift {
  topicId: number;
  topicName: string;
  speakerName: string;
  previous: { stance: Stance; statementId: number; dateLabel: string };
  proposed: Stance;
  kind: Exclude<ChangeKind, "FIRST">;
  /** "Reversal", "Softened" */
  kindLabel: string;
  /** Identifies the notice the analyst was shown; a later statement changes it and shows it again. */
  signature: string;
  /** "Mark Rutte's last stance on Military aid to Ukraine: for, 12 Nov 2024" */
  message: string;
}

export const shiftSignature = (previous: Pick<PublishedStance, "statementId" | "stance">) => `${previous.statementId}:${previous.stance}`;

/**
 * The change of position the proposed stance would make, or null when it makes none: the same
 * stance, one within the current position (for, when the speaker said both for and strongly for),
 * or "not stated", which takes no position. Hedging alone is not a change of position.
 */
export function detectStanceShift(previous: PublishedStance | null | undefined, proposed: Stance | null | undefined): StanceShift | null {
  if (!previous || !proposed) return null;
  const position = previous.position?.length ? previous.position : [previous.stance];
  const kind = changeKind(position, [proposed]);
  if (!kind) return null;
  const dateLabel = formatInterval(previous.date);
  return {
    topicId: previous.topicId,
    topicName: previous.topicName,
    speakerName: previous.speakerName,
    previous: { stance: previous.stance, statementId: previous.statementId, dateLabel },
    proposed,
    kind,
    kindLabel: CHANGE_KIND_LABEL[kind],
    signature: shiftSignature(previous),
    message: `${previous.speakerName}'s last stance on ${previous.topicName}: ${positionLabel(position).toLowerCase()}, ${dateLabel}`,
  };
}

/**
 * The shifts an analyst has not yet been told about: a shift needs neither note nor
 * acknowledgement once the form carries a note, or showed this very notice (its signature).
 */
export function unacknowledgedShifts(
  latest: ReadonlyMap<number, PublishedStance>,
  topics: readonly { key: string; topicId: number; stance: Stance; shiftNote: string | null; shiftSeen: string | null }[],
): { key: string; shift: StanceShift }[] {
  return topics.flatMap((topic) => {
    const shift = detectStanceShift(latest.get(topic.topicId), topic.stance);
    if (!shift || topic.shiftNote || topic.shiftSeen === shift.signature) return [];
    return [{ key: topic.key, shift }];
  });
}
