// Links between statements as a topic view shows them: each link once, beside the statement of
// the speaker's record that it concerns, and beside the change of position that statement begins
// (a walk-back or contradiction usually explains one). Pure, so the page, the as-of view and the
// PDF dossier word links the same way.
import type { PositionHistory } from "@/lib/stances/positions";
import { POSITION_CHANGE_TYPES, relationLabel, type RelationTypeValue } from "./types";

/** A link as stored: from → to. */
export interface TopicRelation {
  fromId: number;
  toId: number;
  type: RelationTypeValue;
  note: string;
}

/** What a note needs to know about a statement at either end of a link. */
export interface LinkEnd {
  id: number;
  speakerName: string;
  dateLabel: string;
  excerpt: string;
}

export interface TopicLinkNote {
  type: RelationTypeValue;
  /** The statement of the speaker's record on this topic that the note stands beside. */
  statementId: number;
  direction: "outgoing" | "incoming";
  /** "walks back", "walked back by". */
  label: string;
  note: string;
  other: LinkEnd & { onChart: boolean };
  /** The change of position (its occasion's key) that `statementId` takes part in, if any. */
  changeKey: string | null;
  /** Walk-backs and contradictions: the links that explain a change of position. */
  explainsChange: boolean;
  /** "walks back the statement of 3 Mar 2025", "answered by Jens Stoltenberg’s statement of 4 Mar 2025". */
  sentence: string;
  parts: { lead: string; date: string; tail: string };
}

/** Statement ids of the record, each with the key of the occasion it was said on. */
function occasionKeys(history: PositionHistory): Map<number, string> {
  const keys = new Map<number, string>();
  for (const occasion of history.occasions) for (const s of occasion.statements) keys.set(s.statementId, occasion.key);
  return keys;
}

/**
 * "walks back the statement of 3 Mar 2025" (same speaker), "answered by Jens Stoltenberg’s
 * statement of 4 Mar 2025", in parts so a page can make the date a link.
 */
export function linkSentenceParts(label: string, other: LinkEnd & { onChart: boolean }, speakerName: string) {
  const sameSpeaker = other.speakerName === speakerName;
  const whose = sameSpeaker ? "the" : `${other.speakerName}’s`;
  // Every statement of the speaker on the topic is on the chart: one that is not is on another topic.
  return {
    lead: `${label} ${whose} statement of `,
    date: other.dateLabel,
    tail: sameSpeaker && !other.onChart ? " (not on this topic)" : "",
  };
}

/**
 * Each link touching the speaker's record on the topic, once: beside the end that begins a change
 * of position if one does (the later statement, usually), else beside its `from` end. Links whose
 * other end is missing from `ends` (not visible to this audience) are left out. Oldest first.
 */
export function topicLinkNotes(
  history: PositionHistory,
  relations: readonly TopicRelation[],
  ends: ReadonlyMap<number, LinkEnd>,
  speakerName: string,
): TopicLinkNote[] {
  const onChart = occasionKeys(history);
  const changeKeys = new Set(history.changes.filter((c) => c.kind !== "FIRST").map((c) => c.occasion.key));
  const changeOf = (id: number) => {
    const key = onChart.get(id);
    return key !== undefined && changeKeys.has(key) ? key : null;
  };
  const order = new Map(history.occasions.map((o, i) => [o.key, i]));
  const seen = new Set<string>();
  const notes: TopicLinkNote[] = [];
  for (const relation of relations) {
    const key = `${relation.fromId}:${relation.toId}:${relation.type}`;
    if (seen.has(key) || relation.fromId === relation.toId) continue;
    seen.add(key);
    const fromOn = onChart.has(relation.fromId);
    const toOn = onChart.has(relation.toId);
    if (!fromOn && !toOn) continue;
    const atFrom = fromOn && (changeOf(relation.fromId) !== null || !toOn || changeOf(relation.toId) === null);
    const statementId = atFrom ? relation.fromId : relation.toId;
    const otherId = atFrom ? relation.toId : relation.fromId;
    const end = ends.get(otherId);
    if (!end) continue;
    const direction = atFrom ? "outgoing" : "incoming";
    const label = relationLabel(relation.type, direction);
    const other = { ...end, onChart: onChart.has(otherId) };
    const parts = linkSentenceParts(label, other, speakerName);
    notes.push({
      type: relation.type,
      statementId,
      direction,
      label,
      note: relation.note,
      other,
      changeKey: changeOf(statementId),
      explainsChange: POSITION_CHANGE_TYPES.includes(relation.type),
      sentence: `${parts.lead}${parts.date}${parts.tail}`,
      parts,
    });
  }
  const rank = (note: TopicLinkNote) => order.get(onChart.get(note.statementId)!) ?? 0;
  return notes.sort((a, b) => rank(a) - rank(b) || a.statementId - b.statementId);
}

/** A statement's links as the PDF lists them: "Walks back: “We will…” (3 Mar 2025, Mark Rutte)". */
export function linkLine(label: string, other: LinkEnd, note: string): string {
  const head = label.replace(/^./, (c) => c.toUpperCase());
  return `${head}: “${other.excerpt}” (${other.dateLabel}, ${other.speakerName})${note ? `. Note: ${note}` : ""}`;
}

/** Every link of one statement, both directions, as the PDF lists them. */
export function statementLinkLines(id: number, relations: readonly TopicRelation[], ends: ReadonlyMap<number, LinkEnd>): string[] {
  return relations.flatMap((relation) => {
    const direction = relation.fromId === id ? "outgoing" : relation.toId === id ? "incoming" : null;
    const other = direction && ends.get(direction === "outgoing" ? relation.toId : relation.fromId);
    return direction && other ? [linkLine(relationLabel(relation.type, direction), other, relation.note)] : [];
  });
}

/** The walk-backs and contradictions beside each change of position, by the change's occasion key. */
export function linksBesideChanges(notes: readonly TopicLinkNote[]): Map<string, string[]> {
  const byChange = new Map<string, string[]>();
  for (const note of notes) {
    if (!note.explainsChange || note.changeKey === null) continue;
    byChange.set(note.changeKey, [...(byChange.get(note.changeKey) ?? []), note.sentence]);
  }
  return byChange;
}
