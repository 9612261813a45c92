// Pieces shared by the staff pages that list and edit speakers, sources, events and topics.
import Link from "next/link";
import { buttonClass } from "@/components/forms/fields";
import { own } from "@/lib/collections/dict";
import { recordIdOrNotFound } from "@/lib/http/ids";

export function ManageHeader({
  title,
  description,
  newHref,
  newLabel,
}: {
  title: string;
  description: string;
  newHref?: string;
  newLabel?: string;
}) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">{description}</p>
      </div>
      {newHref ? (
        <Link href={newHref} className={buttonClass.primary}>
          {newLabel}
        </Link>
      ) : null}
    </header>
  );
}

/** A GET form, so a search is a link that can be shared and the back button works. */
export function SearchBox({ q, label, action, keep = {} }: { q: string; label: string; action: string; keep?: Record<string, string> }) {
  const kept = new URLSearchParams(keep).toString();
  return (
    <form action={action} method="get" role="search" className="mt-6 flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-0 flex-1">
        <label htmlFor="search-q" className="block text-sm font-medium">
          {label}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
        />
      </div>
      <button type="submit" className={buttonClass.secondary}>
        Search
      </button>
      {q ? (
        <Link href={kept ? `${action}?${kept}` : action} className="px-2 py-2 text-sm text-blue-700 underline dark:text-blue-300">
          Clear
        </Link>
      ) : null}
    </form>
  );
}

const NOTICE: Record<string, string> = {
  created: "Created.",
  updated: "saved.",
  restored: "Restored. It shows in lists and pickers again.",
  deleted: "Deleted. It no longer shows in lists and pickers; you can restore it below.",
};

/** "Speaker created.": the message for an edit form after the redirect that ended a save. */
export function savedNotice(kind: string | undefined, what: string): string | undefined {
  const text = kind ? own(NOTICE, kind) : undefined;
  return text ? `${what} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : undefined;
}

/** The outcome of the last action, carried in the address after its redirect. */
export function Notice({ kind, what }: { kind: string | undefined; what: string }) {
  const text = savedNotice(kind, what);
  return (
    <div role="status" aria-live="polite" className="mt-4">
      {text ? (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          {text}
        </p>
      ) : null}
    </div>
  );
}

export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-link">
        ← {children}
      </Link>
    </p>
  );
}

export const tableClass = "mt-4 w-full border-collapse text-left text-sm";
export const thClass = "border-b border-stone-300 px-2 py-2 font-semibold dark:border-stone-600";
export const tdClass = "border-b border-stone-200 px-2 py-2 align-top dark:border-stone-800";

/** Search text from the address: one string, capped so a pasted essay does not become a query. */
export function searchTerm(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").trim().slice(0, 200);
}

export const noticeParam = (params: Record<string, string | string[] | undefined>, key: string): string | undefined => {
  const value = params[key];
  return typeof value === "string" ? value : undefined;
};

/** A record id from the route; anything else ("abc", "-1", "1.5", too large) is the 404 page. */
export const routeId = (raw: string): number => recordIdOrNotFound(raw);
