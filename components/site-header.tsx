import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { signOutAction } from "@/lib/auth/actions";

const navLink = "text-sm text-stone-700 hover:underline dark:text-stone-300";

const READER_LINKS = [
  { href: "/", label: "Timeline" },
  { href: "/topics", label: "Topics" },
  { href: "/speakers", label: "Speakers" },
  { href: "/events", label: "Events" },
];

const STAFF_LINKS = [
  { href: "/manage/statements", label: "Statements" },
  { href: "/manage/import", label: "Import" },
  { href: "/manage/speakers", label: "Speakers" },
  { href: "/manage/sources", label: "Sources" },
  { href: "/manage/events", label: "Events" },
  { href: "/manage/topics", label: "Topics" },
];

const ADMIN_LINKS = [{ href: "/admin/users", label: "Users" }];

function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  return links.map((link) => (
    <Link key={link.href} href={link.href} className={navLink}>
      {link.label}
    </Link>
  ));
}

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-2 text-lg font-semibold tracking-tight no-underline">
          Statement Tracker
        </Link>
        <NavLinks links={READER_LINKS} />
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
            <NavLinks links={user.role === "ADMIN" ? [...STAFF_LINKS, ...ADMIN_LINKS] : STAFF_LINKS} />
          </div>
        </nav>
      ) : null}
    </header>
  );
}
