// Real users and sessions in the test database, and a signed-in request for actions to see.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { createSession, type AuthUser } from "@/lib/auth/sessions";
import type { Role } from "@/lib/generated/prisma/client";
import { testRequest } from "./next-request";

export async function createTestUser(role: Role, overrides: { disabled?: boolean; passwordHash?: string } = {}): Promise<AuthUser> {
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@example.test`,
      name: `${role === "ADMIN" ? "Admin" : "Analyst"} ${tag}`,
      role,
      passwordHash: overrides.passwordHash ?? "scrypt$unusable",
      disabled: overrides.disabled ?? false,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Creates a user with a real session and puts its cookie on the simulated request. */
export async function signInAs(role: Role, overrides: { disabled?: boolean } = {}): Promise<AuthUser> {
  const user = await createTestUser(role, overrides);
  const { token } = await createSession(user.id, { ipAddress: "203.0.113.10", userAgent: "vitest" });
  testRequest.setCookie(SESSION_COOKIE, token);
  return user;
}

export function signOut(): void {
  testRequest.clearCookies();
}
