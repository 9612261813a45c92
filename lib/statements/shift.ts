// A possible shift: the stance a statement takes on a topic differs from the speaker's latest
// published stance on it. Pure, so the form (live notice) and the server (check on save) agree.
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import { STANCE_LABEL, type Stance } from "@/lib/stances/scale";

/** The speaker's latest published stance on one topic. */
export interface PublishedStance {
  topicId: number;
  topicName: string;
  speakerName: string;
  stance: Stance;
  statementId: number;
  date: DateInterval;
}

export interface StanceShift {
  topicId: number;
  topicName: string;
  speakerName: string;
  previous: { stance: Stance; statementId: number; dateLabel: string };
  proposed: Stance;
  /** Identifies the notice the analyst was shown; a later statement changes it and shows it again. */
  signature: string;
  /** "Mark Rutte's last stance on Military aid to Ukraine: for, 12 Nov 2024" */
  message: string;
}

export const shiftSignature = (previous: Pick<PublishedStance, "statementId" | "stance">) => `${previous.statementId}:${previous.stance}`;

/**
 * The shift between the latest published stance and the proposed one, or null when there is
 * none. "Not stated" takes no position, so it neither starts nor ends a shift; hedging alone
 * (for, hedged → for, committed) is not a change of position.
 */
export function detectStanceShift(previous: PublishedStance | null | undefined, proposed: Stance | null | undefined): StanceShift | null {
  if (!previous || !proposed) return null;
  if (proposed === "NOT_STATED" || previous.stance === "NOT_STATED" || proposed === previous.stance) return null;
  const dateLabel = formatInterval(previous.date);
  return {
    topicId: previous.topicId,
    topicName: previous.topicName,
    speakerName: previous.speakerName,
    previous: { stance: previous.stance, statementId: previous.statementId, dateLabel },
    proposed,
    signature: shiftSignature(previous),
    message: `${previous.speakerName}'s last stance on ${previous.topicName}: ${STANCE_LABEL[previous.stance].toLowerCase()}, ${dateLabel}`,
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
