"use client";

import { redirect, usePathname, useSearchParams } from "next/navigation";
import { signInPath } from "@/lib/auth/next-path";

/**
 * Sends an anonymous visitor to the sign-in page and back to this page afterwards. A layout does
 * not know the URL it renders for, but a client component does, even while rendered on the
 * server; redirect() there becomes an HTTP redirect, so it works without JavaScript too.
 */
export function SignInRedirect(): never {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  redirect(signInPath(query ? `${pathname}?${query}` : pathname));
}
