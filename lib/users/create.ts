// Creating accounts, shared by the admin page, `npm run user:create` and the first-run admin.
// Takes the Prisma client as an argument so command-line scripts can use it outside Next.js.
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { recordRevision } from "@/lib/revisions/record";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function createUser(db: PrismaClient, user: NewUser, actorId: number | null = null) {
  const passwordHash = await hashPassword(user.password);
  return db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: normaliseEmail(user.email), name: user.name.trim(), role: user.role, passwordHash },
      select: { id: true, email: true, name: true, role: true, disabled: true },
    });
    await recordRevision(tx, { entity: "User", entityId: created.id, action: "CREATE", actorId, before: null, after: created });
    return created;
  });
}
