// What an account is made of, as typed into the admin forms and `npm run user:create`.
import { z } from "zod";
import { emailSchema, normaliseEmail } from "@/lib/auth/email";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ROLES } from "./roles";

export { emailSchema, normaliseEmail };

export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(1, "Enter a password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => password.trim().length > 0, "A password cannot be only spaces.");

const userFields = z.object({
  email: emailSchema,
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  role: z.enum(ROLES, { error: "Choose Admin or Analyst." }),
});

export const newUserSchema = userFields.extend({ password: newPasswordSchema });
export const updateUserSchema = userFields;
export const resetPasswordSchema = z.object({ password: newPasswordSchema });

export type NewUserInput = z.infer<typeof newUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
