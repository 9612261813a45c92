import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIE } from "./cookie";
import { userForToken, type AuthUser } from "./sessions";

/** The signed-in user of this request, or null for readers. Cached per request. */
export const currentUser = cache(async (): Promise<AuthUser | null> => {
  const store = await cookies();
  return userForToken(store.get(SESSION_COOKIE)?.value);
});

export const isStaff = (user: AuthUser | null): user is AuthUser => user !== null;
