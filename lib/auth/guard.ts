import "server-only";
import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { AuthorizationError, ExpectedError } from "@/lib/forms/errors";
import { ServerBusyError, WRITE_REFUSED_HEADER } from "@/lib/db/write-queue";
import { formValues, type FormState, type FormValues } from "@/lib/forms/state";
import { currentUser } from "./current-user";
import { signInPath } from "./next-path";
import type { AuthUser } from "./sessions";

export const STAFF: readonly Role[] = ["ADMIN", "ANALYST"];
export const ADMINS: readonly Role[] = ["ADMIN"];

/** The signed-in user if their role is allowed; throws a refusal otherwise. Call it in every write. */
export async function authorize(roles: readonly Role[] = STAFF): Promise<AuthUser> {
  const user = await currentUser();
  if (!user) throw new AuthorizationError("You are not signed in, or your session has ended. Sign in and try again.");
  if (!roles.includes(user.role)) throw new AuthorizationError("Your account is not allowed to do this.");
  return user;
}

/**
 * For pages: the signed-in user if their role is allowed. Anonymous visitors (and disabled or
 * expired sessions) go to the sign-in page and come back to `path`; other roles get a 404.
 */
export async function authorizePage(roles: readonly Role[], path: string): Promise<AuthUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(path));
  if (!roles.includes(user.role)) notFound();
  return user;
}

export interface ActionContext {
  user: AuthUser;
  formData: FormData;
  values: FormValues;
}

export const NOT_A_FORM = "The form was not sent as a form. Reload the page and submit it again.";

/** The submitted form, or an expected refusal when a client sent something else (JSON, nothing). */
export function requireFormData(formData: unknown): FormData {
  if (formData instanceof FormData) return formData;
  throw new ExpectedError(NOT_A_FORM);
}

/**
 * Wraps a form action (for useActionState): checks the session and role on the server before
 * anything runs, turns expected errors into messages at their fields, hides unexpected ones, and
 * always echoes the submitted values so nothing the user typed is lost. An action is a public
 * endpoint that any client can call with any body, so even reading the form happens inside the try.
 * A post the app's server could not admit (too many writes ahead, lib/http/write-admission.ts)
 * is answered as busy before anything else runs.
 */
export function guardedFormAction(
  roles: readonly Role[],
  handler: (context: ActionContext) => Promise<FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    let values: FormValues = {};
    try {
      const form = requireFormData(formData);
      values = formValues(form);
      if ((await headers()).get(WRITE_REFUSED_HEADER)) throw new ServerBusyError();
      const user = await authorize(roles);
      return await handler({ user, formData: form, values });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are thrown on purpose
      if (error instanceof ExpectedError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, detail: error.detail, values };
      }
      console.error("Unexpected error in a form action:", error);
      return { ok: false, message: "Something went wrong, and nothing was saved. Please try again.", values };
    }
  };
}
