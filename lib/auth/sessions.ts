import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { SESSION_DAYS } from "./cookie";

export interface AuthUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// The token is only ever in the cookie; the database keeps its hash, so a leaked database
// does not hand out live sessions.
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(userId: number, meta: { ipAddress: string; userAgent: string }) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
  await db.session.create({
    data: { id: hashToken(token), userId, expiresAt, ipAddress: meta.ipAddress, userAgent: meta.userAgent.slice(0, 300) },
  });
  return { token, expiresAt };
}

/** The user behind a session token, or null when the session is unknown, expired, revoked or disabled. */
export async function userForToken(token: string | undefined): Promise<AuthUser | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({
    where: { id: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.disabled) return null;
  if (Date.now() - session.lastSeenAt.getTime() > 60 * 60 * 1000) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function revokeSession(token: string): Promise<void> {
  await db.session.updateMany({ where: { id: hashToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeUserSessions(userId: number): Promise<void> {
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
