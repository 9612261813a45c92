import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { signOutAction } from "@/lib/auth/actions";

const navLink = "text-sm text-stone-700 hover:underline dark:text-stone-300";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-2 text-lg font-semibold tracking-tight no-underline">
          Statement Tracker
        </Link>
        <Link href="/" className={navLink}>
          Timeline
        </Link>
        <Link href="/topics" className={navLink}>
          Topics
        </Link>
        <Link href="/speakers" className={navLink}>
          Speakers
        </Link>
        {user ? (
          <form action={signOutAction} className="ml-auto flex items-center gap-3">
            <span className="text-sm text-stone-600 dark:text-stone-400">
              {user.name} ({user.role === "ADMIN" ? "admin" : "analyst"})
            </span>
            <button type="submit" className="text-sm font-medium text-blue-700 underline dark:text-blue-300">
              Sign out
            </button>
          </form>
        ) : null}
      </nav>
      {user ? (
        <nav aria-label="Manage" className="border-t border-stone-200 bg-stone-100/80 dark:border-stone-800 dark:bg-stone-900">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-2">
            <span className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">Manage</span>
            <Link href="/manage/statements" className={navLink}>
              Statements
            </Link>
            <Link href="/manage/import" className={navLink}>
              Import
            </Link>
            <Link href="/manage/speakers" className={navLink}>
              Speakers
            </Link>
            <Link href="/manage/sources" className={navLink}>
              Sources
            </Link>
            <Link href="/manage/events" className={navLink}>
              Events
            </Link>
            <Link href="/manage/topics" className={navLink}>
              Topics
            </Link>
            {user.role === "ADMIN" ? (
              <Link href="/admin/users" className={navLink}>
                Users
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </header>
  );
}
