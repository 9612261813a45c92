import type { Metadata } from "next";
import Link from "next/link";
import { ManageHeader, Notice, noticeParam, SearchBox, searchTerm } from "@/components/manage-page";
import { DeletedList } from "@/components/record-lifecycle";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { listPeopleForManagement } from "@/lib/people/queries";
import { restorePersonAction } from "./actions";

export const metadata: Metadata = { title: "Speakers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SpeakersPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/speakers");
  const params = await searchParams;
  const q = searchTerm(params.q);
  const { active, deleted } = await listPeopleForManagement(q);

  return (
    <>
      <ManageHeader
        title="Speakers"
        description="The people whose statements are tracked, with the names they go by and the roles they held."
        newHref="/manage/speakers/new"
        newLabel="New speaker"
      />
      <Notice kind={noticeParam(params, "deleted") ? "deleted" : undefined} what="Speaker" />
      <SearchBox q={q} label="Search by name or other name" action="/manage/speakers" />

      <h2 className="mt-6 text-lg font-semibold">
        {q ? `Speakers matching “${q}”` : "All speakers"}{" "}
        <span className="font-normal text-stone-600 dark:text-stone-400">({active.length})</span>
      </h2>
      {active.length === 0 ? (
        <p className="mt-2 text-stone-700 dark:text-stone-300">{q ? "No speaker matches this search." : "No speakers yet."}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {active.map((person) => (
            <li key={person.id} className="flex items-baseline justify-between gap-4 py-3">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/manage/speakers/${person.id}/edit`}
                  className="break-words font-medium text-blue-700 underline dark:text-blue-300"
                >
                  {person.name}
                </Link>
                {person.aliases.length ? (
                  <p className="break-words text-sm text-stone-600 dark:text-stone-400">Also: {person.aliases.join(", ")}</p>
                ) : null}
              </div>
              <span className="shrink-0 text-sm text-stone-700 dark:text-stone-300">
                {person.statementCount} {person.statementCount === 1 ? "statement" : "statements"}
              </span>
            </li>
          ))}
        </ul>
      )}

      <DeletedList
        title="Deleted speakers"
        items={deleted}
        name={(person) => person.name}
        href={(person) => `/manage/speakers/${person.id}/edit`}
        action={restorePersonAction}
      />
    </>
  );
}
