// What a topic is made of: the proposition is what every stance on it is measured against.
import { z } from "zod";
import { optionalSlug, versionField } from "@/lib/records/schema";

export const topicSchema = z.object({
  name: z.string().trim().min(1, "Enter the topic's name.").max(200, "Keep the name under 200 characters."),
  slug: optionalSlug,
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters.").optional(),
  proposition: z
    .string()
    .trim()
    .min(1, "Enter the proposition stances are measured against.")
    .max(500, "Keep the proposition under 500 characters."),
  version: versionField,
});

export const topicCreateSchema = topicSchema.omit({ version: true });
export const topicUpdateSchema = topicSchema.partial().extend({ version: versionField });

export type TopicInput = z.infer<typeof topicCreateSchema>;
export type TopicUpdateInput = z.infer<typeof topicUpdateSchema>;
