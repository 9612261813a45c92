// What a speaker is made of, validated the same way in the form and on the server.
import { z } from "zod";
import { optionalPastIsoDay } from "@/lib/dates/calendar-day";
import { optionalSlug, versionField } from "@/lib/records/schema";

export const MAX_ALIASES = 20;
export const MAX_ROLES = 40;

export const roleSchema = z
  .object({
    title: z.string().trim().min(1, "Enter the role's title.").max(200, "Keep the title under 200 characters."),
    organisation: z.string().trim().max(200, "Keep the organisation under 200 characters.").optional(),
    startDate: optionalPastIsoDay.optional(),
    endDate: optionalPastIsoDay.optional(),
  })
  .refine((role) => !role.startDate || !role.endDate || role.endDate >= role.startDate, {
    message: "The end date cannot be before the start date.",
    path: ["endDate"],
  });

const roleKey = (role: z.infer<typeof roleSchema>) =>
  JSON.stringify([role.title.toLowerCase(), (role.organisation ?? "").toLowerCase(), role.startDate ?? null, role.endDate ?? null]);

// Roles may overlap (people hold two posts at once), but the same role twice is a typing slip.
const rolesSchema = z
  .array(roleSchema)
  .max(MAX_ROLES, `List at most ${MAX_ROLES} roles.`)
  .superRefine((roles, ctx) => {
    const seen = new Set<string>();
    roles.forEach((role, index) => {
      const key = roleKey(role);
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "This role is already listed above.", path: [index, "title"] });
      seen.add(key);
    });
  });

// Aliases are trimmed and de-duplicated case-insensitively (the first spelling wins).
const aliasesSchema = z
  .array(z.string().trim().max(200, "Keep each alias under 200 characters."))
  .transform((aliases) => {
    const seen = new Set<string>();
    return aliases.filter((alias) => {
      const key = alias.toLocaleLowerCase();
      if (alias === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(MAX_ALIASES, `List at most ${MAX_ALIASES} aliases.`));

export const personSchema = z.object({
  name: z.string().trim().min(1, "Enter the speaker's name.").max(200, "Keep the name under 200 characters."),
  slug: optionalSlug,
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters.").optional(),
  aliases: aliasesSchema.optional(),
  roles: rolesSchema.optional(),
  version: versionField,
});

export const personCreateSchema = personSchema.omit({ version: true });
export const personUpdateSchema = personSchema.partial().extend({ version: versionField });

export type RoleInput = z.infer<typeof roleSchema>;
export type PersonInput = z.infer<typeof personCreateSchema>;
export type PersonUpdateInput = z.infer<typeof personUpdateSchema>;
