import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { format } from "date-fns";
import { ManageHeader, SearchBox, searchTerm } from "@/components/manage-page";
import { Pagination } from "@/components/pagination";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { listStaffStatements, STAFF_TABS, type StaffTab } from "@/lib/statements/staff-queries";

export const metadata: Metadata = { title: "Statements" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const listParams = z.object({
  status: z.enum(STAFF_TABS).catch("draft"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const TAB_LABEL: Record<StaffTab, string> = { draft: "Drafts", published: "Published", deleted: "Deleted" };
const EMPTY: Record<StaffTab, string> = { draft: "No drafts.", published: "No published statements.", deleted: "No deleted statements." };

function listHref(tab: StaffTab, q: string, page = 1) {
  const params = new URLSearchParams({ status: tab });
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  return `/manage/statements?${params}`;
}

export default async function StaffStatementsPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/statements");
  const params = await searchParams;
  const { status: tab, page } = listParams.parse({ status: params.status ?? "draft", page: params.page ?? 1 });
  const q = searchTerm(params.q);
  const { rows, counts, pageCount } = await listStaffStatements({ tab, page, q });

  return (
    <>
      <ManageHeader
        title="Statements"
        description="Drafts and deleted statements are visible to analysts and admins only."
        newHref="/manage/statements/new"
        newLabel="New statement"
      />

      <SearchBox q={q} label="Search by text or speaker" action="/manage/statements" keep={{ status: tab }} />

      <nav aria-label="Statement status" className="mt-6 flex flex-wrap gap-2 border-b border-stone-200 dark:border-stone-800">
        {STAFF_TABS.map((name) => (
          <Link
            key={name}
            href={listHref(name, q)}
            aria-current={name === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              name === tab
                ? "border-blue-700 text-blue-800 dark:border-blue-400 dark:text-blue-200"
                : "border-transparent text-stone-700 hover:border-stone-400 dark:text-stone-300"
            }`}
          >
            {TAB_LABEL[name]} <span className="font-normal">({counts[name]})</span>
          </Link>
        ))}
      </nav>

      <h2 className="sr-only">{TAB_LABEL[tab]}</h2>
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">{q ? "No statement in this list matches the search." : EMPTY[tab]}</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
          {rows.map((row) => (
            <li key={row.id} className="py-4">
              <p className="text-sm">
                <time dateTime={row.date.start} className="font-semibold tabular-nums">
                  {row.dateLabel}
                </time>{" "}
                · <span className="font-medium">{row.speaker}</span> ·{" "}
                <span className="text-stone-600 dark:text-stone-400">{row.kind === "QUOTE" ? "Quote" : "Paraphrase"}</span>
              </p>
              <p className="mt-1 line-clamp-3 break-words">{row.text}</p>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {row.counts.topics} {row.counts.topics === 1 ? "topic" : "topics"}, {row.counts.claims}{" "}
                {row.counts.claims === 1 ? "claim" : "claims"}, {row.counts.sources} {row.counts.sources === 1 ? "source" : "sources"} ·
                changed {format(row.updatedAt, "d MMM yyyy, HH:mm")}
                {row.updatedBy ? ` by ${row.updatedBy}` : ""}
              </p>
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                {row.deletedAt ? null : (
                  <Link href={`/manage/statements/${row.id}/edit`} className="font-medium text-blue-700 underline dark:text-blue-300">
                    Edit
                    <span className="sr-only">
                      {" "}
                      the statement by {row.speaker}, {row.dateLabel}
                    </span>
                  </Link>
                )}
                <Link href={`/statements/${row.id}`} className="text-link">
                  {row.deletedAt ? "View and restore" : "View"}
                  <span className="sr-only">
                    {" "}
                    the statement by {row.speaker}, {row.dateLabel}
                  </span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => listHref(tab, q, p)} />
    </>
  );
}
