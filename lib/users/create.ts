// Creating accounts, shared by the admin page, `npm run user:create` and the first-run admin.
// Takes the Prisma client as an argument so command-line scripts can use it outside Next.js.
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { ExpectedError } from "@/lib/forms/errors";
import { fieldErrorsFromIssues } from "@/lib/forms/state";
import { recordRevision } from "@/lib/revisions/record";
import { newUserSchema } from "./schema";

export { normaliseEmail } from "./schema";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export const userSnapshotSelect = { id: true, email: true, name: true, role: true, disabled: true } as const;

export class DuplicateEmailError extends ExpectedError {
  constructor() {
    super("An account with this email address already exists.", { email: ["An account with this email address already exists."] });
    this.name = "DuplicateEmailError";
  }
}

export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/** Validates, hashes and stores a new account with its audit record. Throws ExpectedError on bad input. */
export async function createUser(db: PrismaClient, user: NewUser, actorId: number | null = null) {
  const parsed = newUserSchema.safeParse(user);
  if (!parsed.success)
    throw new ExpectedError("The account was not created. Check the fields marked below.", fieldErrorsFromIssues(parsed.error.issues));
  const { email, name, role, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new DuplicateEmailError();

  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email, name, role, passwordHash }, select: userSnapshotSelect });
      await recordRevision(tx, { entity: "User", entityId: created.id, action: "CREATE", actorId, before: null, after: created });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError(); // created by someone else meanwhile
    throw error;
  }
}
