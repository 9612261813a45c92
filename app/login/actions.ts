"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/cookie";
import { signIn, type SignInResult } from "@/lib/auth/login";
import { NOT_A_FORM } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/next-path";
import { requestMeta } from "@/lib/auth/request-meta";
import { revokeSession } from "@/lib/auth/sessions";
import { ServerBusyError } from "@/lib/db/write-queue";
import type { FormState } from "@/lib/forms/state";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** The sign-in form. Public by nature; the password is never sent back to the page. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Any client can post any body to an action: something that is not a form is refused, not a 500.
  if (!(formData instanceof FormData)) return { ok: false, message: NOT_A_FORM, values: { email: "", next: safeNextPath(null) } };
  const next = safeNextPath(formData.get("next"));
  const values = { email: text(formData.get("email")), next };
  let result: SignInResult;
  try {
    result = await signIn({ email: values.email, password: text(formData.get("password")) }, await requestMeta());
  } catch (error) {
    if (error instanceof ServerBusyError) return { ok: false, message: error.message, values };
    console.error("Sign-in failed unexpectedly:", error);
    return { ok: false, message: "Signing in failed because of a problem on our side. Please try again.", values };
  }
  if (!result.ok)
    return { ok: false, message: result.message, fieldErrors: result.reason === "invalid" ? result.fieldErrors : undefined, values };

  const store = await cookies();
  const previousToken = store.get(SESSION_COOKIE)?.value;
  if (previousToken) await revokeSession(previousToken);
  store.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt));
  redirect(next);
}
