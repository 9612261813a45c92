import type { Metadata } from "next";
import { BackLink } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { createPersonAction } from "../actions";
import { PersonForm } from "../person-form";

export const metadata: Metadata = { title: "New speaker" };

export default async function NewSpeakerPage() {
  await authorizePage(STAFF, "/manage/speakers/new");
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/speakers">Speakers</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New speaker</h1>
      <PersonForm action={createPersonAction} today={today()} />
    </div>
  );
}
