import type { Metadata } from "next";
import { parseRecordId } from "@/lib/http/ids";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ADMINS, authorizePage } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { listRevisions } from "@/lib/revisions/queries";
import { getAccount } from "@/lib/users/queries";
import { RoleBadge, StatusBadge, When } from "../account-badges";
import { AccessForm, AccountDetailsForm, PasswordForm, SessionsForm } from "./account-forms";

export const metadata: Metadata = { title: "Account" };

const section = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900";

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await authorizePage(ADMINS, `/admin/users/${id}`);
  const accountId = parseRecordId(id);
  const account = accountId === null ? null : await getAccount(accountId);
  if (!account) notFound();
  const history = await listRevisions("User", account.id);
  const isSelf = account.id === admin.id;

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/users" className="text-link">
          ← All users
        </Link>
      </p>
      <h1 className="mt-2 break-words text-2xl font-semibold tracking-tight sm:text-3xl">{account.name}</h1>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600 dark:text-stone-400">Email</dt>
        <dd className="break-words">{account.email}</dd>
        <dt className="text-stone-600 dark:text-stone-400">Role and status</dt>
        <dd className="flex flex-wrap gap-2">
          <RoleBadge role={account.role} />
          <StatusBadge disabled={account.disabled} />
        </dd>
        <dt className="text-stone-600 dark:text-stone-400">Created</dt>
        <dd>
          <When at={account.createdAt} />
        </dd>
        <dt className="text-stone-600 dark:text-stone-400">Last sign-in</dt>
        <dd>
          <When at={account.lastSignInAt} />
        </dd>
      </dl>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-heading" className={section}>
          <h2 id="details-heading" className="text-lg font-semibold">
            Details
          </h2>
          <AccountDetailsForm account={account} isSelf={isSelf} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="password-heading" className={section}>
            <h2 id="password-heading" className="text-lg font-semibold">
              Reset password
            </h2>
            <PasswordForm account={account} passwordMinLength={PASSWORD_MIN_LENGTH} />
          </section>
          <section aria-labelledby="access-heading" className={section}>
            <h2 id="access-heading" className="text-lg font-semibold">
              Access
            </h2>
            <AccessForm account={account} isSelf={isSelf} />
          </section>
          <section aria-labelledby="sessions-heading" className={section}>
            <h2 id="sessions-heading" className="text-lg font-semibold">
              Sessions
            </h2>
            <SessionsForm account={account} activeSessions={account.activeSessions} isSelf={isSelf} />
          </section>
        </div>
      </div>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">No changes recorded.</p>
        ) : (
          <ol className="mt-2 space-y-2 text-sm">
            {history.map((entry) => (
              <li key={entry.id} className="break-words">
                <When at={entry.at} /> · {entry.actor} · {describeChange(entry.action, entry.changes)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function describeChange(action: string, changes: Record<string, { before: unknown; after: unknown }>): string {
  if (action === "CREATE") return "created the account";
  if ("password" in changes) return "reset the password";
  if ("disabled" in changes) return changes.disabled?.after ? "disabled the account" : "enabled the account";
  const fields = Object.entries(changes).map(([field, { before, after }]) => `${field}: ${String(before)} → ${String(after)}`);
  return `changed ${fields.join(", ")}`;
}
