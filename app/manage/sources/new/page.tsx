import type { Metadata } from "next";
import { BackLink } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { createSourceAction } from "../actions";
import { SourceForm } from "../source-form";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  await authorizePage(STAFF, "/manage/sources/new");
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/sources">Sources</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New source</h1>
      <SourceForm action={createSourceAction} today={today()} />
    </div>
  );
}
