import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export interface AccountSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  /** When the account last signed in (its newest session), or null if it never has. */
  lastSignInAt: Date | null;
}

export interface AccountDetail extends AccountSummary {
  activeSessions: number;
}

const accountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
  sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.UserSelect;

type AccountRow = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

const toSummary = ({ sessions, ...user }: AccountRow): AccountSummary => ({ ...user, lastSignInAt: sessions[0]?.createdAt ?? null });

/** Every account: admins first, then by name. */
export async function listAccounts(): Promise<AccountSummary[]> {
  const rows = await db.user.findMany({ select: accountSelect, orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }] });
  return rows.map(toSummary);
}

export async function getAccount(id: number): Promise<AccountDetail | null> {
  const row = await db.user.findUnique({ where: { id }, select: accountSelect });
  if (!row) return null;
  const activeSessions = await db.session.count({ where: { userId: id, revokedAt: null, expiresAt: { gt: new Date() } } });
  return { ...toSummary(row), activeSessions };
}
