// What an event (the occasion a statement was made at) is made of.
import { z } from "zod";
import { optionalPastIsoDay } from "@/lib/dates/calendar-day";
import { versionField } from "@/lib/records/schema";
import { EVENT_KINDS } from "./kinds";

export const eventSchema = z.object({
  name: z.string().trim().min(1, "Enter the event's name.").max(300, "Keep the name under 300 characters."),
  kind: z.enum(EVENT_KINDS, { message: "Choose what kind of event this is." }).optional(),
  location: z.string().trim().max(200, "Keep the location under 200 characters.").optional(),
  date: optionalPastIsoDay.optional(),
  version: versionField,
});

export const eventCreateSchema = eventSchema.omit({ version: true });
export const eventUpdateSchema = eventSchema.partial().extend({ version: versionField });

export type EventInput = z.infer<typeof eventCreateSchema>;
export type EventUpdateInput = z.infer<typeof eventUpdateSchema>;
