export const EVENT_KINDS = [
  "SUMMIT",
  "MINISTERIAL",
  "PRESS_CONFERENCE",
  "SPEECH",
  "INTERVIEW",
  "DOORSTEP",
  "VIDEO_ADDRESS",
  "MEETING",
  "ELECTION",
  "OTHER",
] as const;
export type EventKindValue = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABEL: Record<EventKindValue, string> = {
  PRESS_CONFERENCE: "Press conference",
  SPEECH: "Speech",
  INTERVIEW: "Interview",
  DOORSTEP: "Doorstep",
  SUMMIT: "Summit",
  MINISTERIAL: "Ministerial meeting",
  ELECTION: "Election",
  VIDEO_ADDRESS: "Video address",
  MEETING: "Meeting",
  OTHER: "Other occasion",
};
