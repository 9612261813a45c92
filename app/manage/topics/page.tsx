import type { Metadata } from "next";
import Link from "next/link";
import { ManageHeader, Notice, noticeParam, SearchBox, searchTerm } from "@/components/manage-page";
import { DeletedList } from "@/components/record-lifecycle";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { listTopicsForManagement } from "@/lib/topics/queries";
import { restoreTopicAction } from "./actions";

export const metadata: Metadata = { title: "Topics" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TopicsPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/topics");
  const params = await searchParams;
  const q = searchTerm(params.q);
  const { active, deleted } = await listTopicsForManagement(q);

  return (
    <>
      <ManageHeader
        title="Topics"
        description="What statements take positions on. Each topic's proposition is what stances are measured against."
        newHref="/manage/topics/new"
        newLabel="New topic"
      />
      <Notice kind={noticeParam(params, "deleted") ? "deleted" : undefined} what="Topic" />
      <SearchBox q={q} label="Search by name or proposition" action="/manage/topics" />

      <h2 className="mt-6 text-lg font-semibold">
        {q ? `Topics matching “${q}”` : "All topics"}{" "}
        <span className="font-normal text-stone-600 dark:text-stone-400">({active.length})</span>
      </h2>
      {active.length === 0 ? (
        <p className="mt-2 text-stone-700 dark:text-stone-300">{q ? "No topic matches this search." : "No topics yet."}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {active.map((topic) => (
            <li key={topic.id} className="flex items-baseline justify-between gap-4 py-3">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/manage/topics/${topic.id}/edit`}
                  className="break-words font-medium text-blue-700 underline dark:text-blue-300"
                >
                  {topic.name}
                </Link>
                <p className="break-words text-sm text-stone-600 dark:text-stone-400">{topic.proposition}</p>
              </div>
              <span className="shrink-0 text-sm text-stone-700 dark:text-stone-300">
                {topic.statementCount} {topic.statementCount === 1 ? "statement" : "statements"}
              </span>
            </li>
          ))}
        </ul>
      )}

      <DeletedList
        title="Deleted topics"
        items={deleted}
        name={(topic) => topic.name}
        href={(topic) => `/manage/topics/${topic.id}/edit`}
        action={restoreTopicAction}
      />
    </>
  );
}
