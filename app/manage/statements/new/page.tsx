import type { Metadata } from "next";
import { BackLink } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { latestStancesAction, searchLinkCandidatesAction, createStatementAction } from "../actions";
import { statementFormOptions } from "../form-options";
import { StatementForm } from "../statement-form";

export const metadata: Metadata = { title: "New statement" };

// A new statement starts as a draft of an exact-day quote in English.
const NEW_STATEMENT = { "date.precision": "DAY", kind: "QUOTE", language: "en", status: "DRAFT" };

export default async function NewStatementPage() {
  await authorizePage(STAFF, "/manage/statements/new");
  const options = await statementFormOptions();
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/manage/statements">Statements</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New statement</h1>
      <StatementForm
        action={createStatementAction}
        latestStances={latestStancesAction}
        searchLinks={searchLinkCandidatesAction}
        options={options}
        initialValues={NEW_STATEMENT}
        today={today()}
      />
    </div>
  );
}
