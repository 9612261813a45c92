export const EVENT_KINDS = ["PRESS_CONFERENCE", "SPEECH", "INTERVIEW", "DOORSTEP", "SUMMIT", "VIDEO_ADDRESS", "MEETING", "OTHER"] as const;
export type EventKindValue = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABEL: Record<EventKindValue, string> = {
  PRESS_CONFERENCE: "Press conference",
  SPEECH: "Speech",
  INTERVIEW: "Interview",
  DOORSTEP: "Doorstep",
  SUMMIT: "Summit",
  VIDEO_ADDRESS: "Video address",
  MEETING: "Meeting",
  OTHER: "Other occasion",
};
