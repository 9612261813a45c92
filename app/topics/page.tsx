import type { Metadata } from "next";
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { topicsOverview } from "@/lib/topics/positions";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await topicsOverview();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Topics</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Each topic has a proposition; stances say how a statement relates to it.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="text-lg font-semibold">
              <Link href={`/topics/${topic.slug}`} className="text-blue-800 underline dark:text-blue-300">
                {topic.name}
              </Link>
            </h2>
            <p className="mt-1 font-serif text-stone-700 italic dark:text-stone-300">{topic.proposition}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span>
                {topic.statementCount} {topic.statementCount === 1 ? "statement" : "statements"}
              </span>
              {topic.mainSpeaker && topic.current ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>{topic.mainSpeaker.name}:</span>
                  {topic.current.stances.map((stance) => (
                    <StanceBadge key={stance} stance={stance} />
                  ))}
                  <span className="text-stone-700 dark:text-stone-300">since {topic.current.since}</span>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
