import type { Metadata } from "next";
import Link from "next/link";
import { speakersIndex } from "@/lib/people/profile";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage() {
  // Readers see the people who have said something; a speaker with nothing published yet has no page worth opening.
  const speakers = (await speakersIndex()).filter((speaker) => speaker.count > 0);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Speakers</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {speakers.map((speaker) => (
          <li key={speaker.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="text-lg font-semibold">
              <Link href={`/speakers/${speaker.slug}`} className="text-blue-800 underline dark:text-blue-300">
                {speaker.name}
              </Link>
            </h2>
            {speaker.description ? <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{speaker.description}</p> : null}
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {speaker.count} published {speaker.count === 1 ? "statement" : "statements"}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
