import type { Metadata } from "next";
import Link from "next/link";
import { ADMINS, authorizePage } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { listAccounts } from "@/lib/users/queries";
import { RoleBadge, StatusBadge, When } from "./account-badges";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await authorizePage(ADMINS, "/admin/users");
  const accounts = await listAccounts();

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Users</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        Accounts of analysts and admins. Readers need none. Open an account to change it, disable it or reset its password.
      </p>

      <section aria-labelledby="accounts-heading" className="mt-6">
        <h2 id="accounts-heading" className="sr-only">
          Accounts
        </h2>
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {accounts.map((account) => (
            <li key={account.id} className="grid gap-x-4 gap-y-1 px-4 py-3 sm:grid-cols-[minmax(0,2fr)_auto_minmax(0,1fr)] sm:items-center">
              <div className="min-w-0">
                <Link href={`/admin/users/${account.id}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                  {account.name}
                </Link>
                {account.id === admin.id ? <span className="text-sm text-stone-600 dark:text-stone-400"> (you)</span> : null}
                <p className="break-words text-sm text-stone-700 dark:text-stone-300">{account.email}</p>
              </div>
              <p className="flex gap-2">
                <RoleBadge role={account.role} />
                <StatusBadge disabled={account.disabled} />
              </p>
              <p className="text-sm text-stone-600 sm:text-right dark:text-stone-400">
                Last sign-in: <When at={account.lastSignInAt} />
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-account-heading" className="mt-10 max-w-2xl">
        <h2 id="new-account-heading" className="text-xl font-semibold">
          Add an account
        </h2>
        <CreateUserForm passwordMinLength={PASSWORD_MIN_LENGTH} />
      </section>
    </>
  );
}
