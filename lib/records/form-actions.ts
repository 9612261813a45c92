import "server-only";
// The four form actions every managed record has (create, edit, delete, restore), made from the
// entity's form parser and its lifecycle mutations. Each checks the caller's role first (through
// guardedFormAction), validates the form once, writes in one transaction, then revalidates the
// pages that show the record and redirects to it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedFormAction, STAFF } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { fieldErrorsFromIssues, type FieldErrors, type FormValues } from "@/lib/forms/state";
import type { Db } from "./lifecycle";
import { recordId } from "./form-values";

export type FormParse<T> = { success: true; data: T } | { success: false; fieldErrors: FieldErrors };

type Issue = { path: readonly PropertyKey[]; message: string };

/** A zod result as a form parse: issues become messages keyed by field (after `remap`, if given). */
export function formParse<T>(
  result: { success: true; data: T } | { success: false; error: { issues: Issue[] } },
  remap?: (issues: Issue[]) => Issue[],
): FormParse<T> {
  if (result.success) return { success: true, data: result.data };
  return { success: false, fieldErrors: fieldErrorsFromIssues(remap ? remap(result.error.issues) : result.error.issues) };
}

export interface ManagedRecord<C, U extends { version: number }> {
  /** The entity's lifecycle (lib/records/lifecycle.ts): its label, soft delete and restore. */
  record: {
    definition: { label: string };
    softDelete(client: Db, id: number, actorId: number): Promise<void>;
    restore(client: Db, id: number, actorId: number): Promise<void>;
  };
  /** The manage list, e.g. "/manage/events"; edit pages are `${path}/${id}/edit`. */
  path: string;
  parseCreate(values: FormValues): FormParse<C>;
  parseUpdate(values: FormValues): FormParse<U>;
  create(client: Db, input: C, actorId: number): Promise<{ id: number }>;
  update(client: Db, id: number, input: U, actorId: number): Promise<{ id: number; version: number }>;
  /** Where a save lands; the edit page by default (after a delete, the list). */
  savedPath?(id: number, saved: "created" | "updated" | "deleted" | "restored"): string;
  /** Whether an edit that changed nothing says so on the form instead of redirecting. */
  reportUnchanged?: boolean;
}

const NOTHING_CHANGED = "Nothing was changed, so there was nothing to save.";

export function recordFormActions<C, U extends { version: number }>(managed: ManagedRecord<C, U>) {
  const what = `The ${managed.record.definition.label}`;
  const invalid = `${what} was not saved. Check the fields marked below.`;
  const savedPath =
    managed.savedPath ??
    ((id: number, saved: string) => (saved === "deleted" ? `${managed.path}?deleted=${id}` : `${managed.path}/${id}/edit?saved=${saved}`));
  const revalidate = () => {
    revalidatePath(managed.path);
    revalidatePath("/", "layout"); // records show on statements, timelines, speaker and topic pages
  };

  return {
    create: guardedFormAction(STAFF, async ({ user, values }) => {
      const parsed = managed.parseCreate(values);
      if (!parsed.success) return { ok: false, message: invalid, fieldErrors: parsed.fieldErrors, values };
      const { id } = await managed.create(db, parsed.data, user.id);
      revalidate();
      redirect(savedPath(id, "created"));
    }),

    update: guardedFormAction(STAFF, async ({ user, values }) => {
      const id = recordId(values, what);
      const parsed = managed.parseUpdate(values);
      if (!parsed.success) return { ok: false, message: invalid, fieldErrors: parsed.fieldErrors, values };
      const saved = await managed.update(db, id, parsed.data, user.id);
      if (managed.reportUnchanged !== false && saved.version === parsed.data.version) return { ok: true, message: NOTHING_CHANGED, values };
      revalidate();
      redirect(savedPath(id, "updated"));
    }),

    softDelete: guardedFormAction(STAFF, async ({ user, values }) => {
      const id = recordId(values, what);
      await managed.record.softDelete(db, id, user.id);
      revalidate();
      redirect(savedPath(id, "deleted"));
    }),

    restore: guardedFormAction(STAFF, async ({ user, values }) => {
      const id = recordId(values, what);
      await managed.record.restore(db, id, user.id);
      revalidate();
      redirect(savedPath(id, "restored"));
    }),
  };
}
