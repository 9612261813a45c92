// An email address as a sign-in name: how it is typed, checked and compared. Accounts (lib/users)
// build on it; sign-in needs it without depending on account management.
import { z } from "zod";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));
