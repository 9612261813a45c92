import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StanceBadge } from "@/components/stance-badge";
import { StatementCard } from "@/components/statement-card";
import { formatDay } from "@/lib/dates/precision";
import { speakerProfile } from "@/lib/people/profile";
import { speakerPositions } from "@/lib/topics/positions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await speakerProfile((await params).slug);
  return profile
    ? {
        title: profile.name,
        description: profile.description,
        alternates: {
          types: { "application/atom+xml": [{ url: `/feeds/speakers/${profile.slug}.atom`, title: `${profile.name} (Atom)` }] },
        },
      }
    : { title: "Speaker not found" };
}

const period = (start: string | null, end: string | null) =>
  `${start ? formatDay(start) : "unknown start"} – ${end ? formatDay(end) : "present"}`;

export default async function SpeakerPage({ params }: Props) {
  const profile = await speakerProfile((await params).slug);
  if (!profile) notFound();
  const positions = await speakerPositions(profile.id);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{profile.name}</h1>
        {profile.description ? <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{profile.description}</p> : null}
        {profile.aliases.length > 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Also referred to as: {profile.aliases.join(", ")}</p>
        ) : null}
        {profile.statementCount > 0 ? (
          <p className="mt-3">
            <Link href={`/?speaker=${profile.slug}`} className="text-link">
              All {profile.statementCount} published {profile.statementCount === 1 ? "statement" : "statements"} on the timeline
            </Link>{" "}
            ·{" "}
            <a href={`/feeds/speakers/${profile.slug}.atom`} type="application/atom+xml" className="text-link">
              Atom feed
            </a>
          </p>
        ) : (
          <p className="mt-3 text-stone-700 dark:text-stone-300">No statements by {profile.name} have been published yet.</p>
        )}
      </header>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Roles over time
        </h2>
        {profile.roles.length === 0 ? (
          <p className="mt-1 text-stone-600 dark:text-stone-400">No roles recorded.</p>
        ) : (
          <ol className="mt-2 space-y-2 border-l-2 border-stone-300 pl-4 dark:border-stone-700">
            {profile.roles.map((role, i) => (
              <li key={i}>
                <p className="font-medium">
                  {role.title}
                  {role.organisation && !role.title.includes(role.organisation) ? `, ${role.organisation}` : ""}
                </p>
                <p className="text-sm text-stone-600 dark:text-stone-400">{period(role.startDate, role.endDate)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-xl font-semibold">
          Positions by topic
        </h2>
        {profile.topics.length === 0 ? (
          <p className="mt-1 text-stone-600 dark:text-stone-400">No published statements yet.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-300 dark:border-stone-700">
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Topic
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Position now
                  </th>
                  <th scope="col" className="py-2 text-right font-semibold">
                    Statements
                  </th>
                </tr>
              </thead>
              <tbody>
                {profile.topics.map((topic) => (
                  <tr key={topic.slug} className="border-b border-stone-200 dark:border-stone-800">
                    <td className="py-2 pr-4">
                      <Link href={`/topics/${topic.slug}?speaker=${profile.slug}`} className="text-link">
                        {topic.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">
                      {positions.get(topic.slug) ? (
                        <span className="flex flex-wrap items-center gap-2">
                          {positions.get(topic.slug)!.stances.map((stance) => (
                            <StanceBadge key={stance} stance={stance} />
                          ))}
                          <span>
                            since{" "}
                            <Link href={`/statements/${positions.get(topic.slug)!.sinceStatementId}`} className="text-link">
                              {positions.get(topic.slug)!.sinceLabel}
                            </Link>
                          </span>
                        </span>
                      ) : (
                        "Not stated"
                      )}
                    </td>
                    <td className="py-2 text-right tabular-nums">{topic.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {profile.recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Recent statements
          </h2>
          <ol className="mt-3 space-y-4">
            {profile.recent.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
