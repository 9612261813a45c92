import type { Metadata } from "next";
import { ManageHeader } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { searchLinkCandidatesAction } from "@/app/manage/statements/actions";
import { importAction } from "./actions";
import { importOptions } from "./directory";
import { ImportAssistant } from "./import-assistant";

export const metadata: Metadata = { title: "Import statements" };

export default async function ImportPage() {
  await authorizePage(STAFF, "/manage/import");
  const options = await importOptions();
  return (
    <div className="max-w-3xl space-y-6">
      <ManageHeader
        title="Import statements"
        description="Bring in an article or transcript, review the quotes and reported statements found in it, and save the ones you accept, anchored to the source's text."
      />
      <ImportAssistant action={importAction} searchLinks={searchLinkCandidatesAction} options={options} today={today()} />
    </div>
  );
}
