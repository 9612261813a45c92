import type { Metadata } from "next";
import Link from "next/link";
import { ManageHeader, Notice, noticeParam, SearchBox, searchTerm } from "@/components/manage-page";
import { DeletedList } from "@/components/record-lifecycle";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { formatDay } from "@/lib/dates/precision";
import { SOURCE_KIND_LABEL } from "@/lib/sources/kinds";
import { listSourcesForManagement } from "@/lib/sources/queries";
import { restoreSourceAction } from "./actions";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/sources");
  const params = await searchParams;
  const q = searchTerm(params.q);
  const { active, deleted } = await listSourcesForManagement(q);

  return (
    <>
      <ManageHeader
        title="Sources"
        description="Where statements are recorded: transcripts, articles, videos and posts, with the text as retrieved."
        newHref="/manage/sources/new"
        newLabel="New source"
      />
      <Notice kind={noticeParam(params, "deleted") ? "deleted" : undefined} what="Source" />
      <SearchBox q={q} label="Search by title, outlet or web address" action="/manage/sources" />

      <h2 className="mt-6 text-lg font-semibold">
        {q ? `Sources matching “${q}”` : "All sources"}{" "}
        <span className="font-normal text-stone-600 dark:text-stone-400">({active.length})</span>
      </h2>
      {active.length === 0 ? (
        <p className="mt-2 text-stone-700 dark:text-stone-300">{q ? "No source matches this search." : "No sources yet."}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {active.map((source) => (
            <li key={source.id} className="flex items-baseline justify-between gap-4 py-3">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/manage/sources/${source.id}/edit`}
                  className="break-words font-medium text-blue-700 underline dark:text-blue-300"
                >
                  {source.title}
                </Link>
                <p className="break-words text-sm text-stone-600 dark:text-stone-400">
                  {[
                    source.outlet,
                    SOURCE_KIND_LABEL[source.kind],
                    source.publishedOn ? formatDay(source.publishedOn) : null,
                    source.hasSnapshot ? "full text kept" : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {source.url ? <p className="break-all text-sm text-stone-600 dark:text-stone-400">{source.url}</p> : null}
              </div>
              <span className="shrink-0 text-sm text-stone-700 dark:text-stone-300">
                {source.statementCount} {source.statementCount === 1 ? "statement" : "statements"}
              </span>
            </li>
          ))}
        </ul>
      )}

      <DeletedList
        title="Deleted sources"
        items={deleted}
        name={(source) => source.title}
        href={(source) => `/manage/sources/${source.id}/edit`}
        action={restoreSourceAction}
      />
    </>
  );
}
