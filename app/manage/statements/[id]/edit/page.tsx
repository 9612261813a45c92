import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink, routeId } from "@/components/manage-page";
import { RecordActionButton } from "@/components/record-action-button";
import { RevisionHistory } from "@/components/revision-history";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { listRevisions } from "@/lib/revisions/queries";
import { STATEMENT_LABELS } from "@/lib/statements/labels";
import { getStatementForEdit } from "@/lib/statements/staff-queries";
import {
  deleteStatementAction,
  latestStancesAction,
  restoreStatementAction,
  searchLinkCandidatesAction,
  updateStatementAction,
} from "../../actions";
import { statementFormOptions } from "../../form-options";
import { StatementForm } from "../../statement-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = await getStatementForEdit(routeId((await params).id));
  return { title: statement ? `Edit statement by ${statement.speakerName}, ${statement.dateLabel}` : "Statement not found" };
}

export default async function EditStatementPage({ params }: Props) {
  const { id: rawId } = await params;
  await authorizePage(STAFF, `/manage/statements/${rawId}/edit`);
  const statement = await getStatementForEdit(routeId(rawId));
  if (!statement) notFound();
  const [options, history] = await Promise.all([statementFormOptions(statement), listRevisions("Statement", statement.id)]);

  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/manage/statements">Statements</BackLink>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">
        Edit statement by {statement.speakerName}, {statement.dateLabel}
      </h1>
      <p className="text-sm">
        <Link href={`/statements/${statement.id}`} className="text-link">
          View the statement page
        </Link>
      </p>

      {statement.deletedAt ? (
        <section aria-labelledby="deleted-heading" className="rounded-md border border-stone-300 p-4 dark:border-stone-600">
          <h2 id="deleted-heading" className="font-semibold">
            This statement is deleted
          </h2>
          <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">It is hidden from readers. Restore it to edit it again.</p>
          <RecordActionButton action={restoreStatementAction} id={statement.id} pendingLabel="Restoring…" statusId="restore-status">
            Restore statement
          </RecordActionButton>
        </section>
      ) : (
        <>
          <StatementForm
            key={statement.version}
            action={updateStatementAction}
            latestStances={latestStancesAction}
            searchLinks={searchLinkCandidatesAction}
            options={options}
            initialValues={statement.values}
            statementId={statement.id}
            version={statement.version}
            today={today()}
          />
          <section aria-labelledby="delete-heading" className="border-t border-stone-200 pt-6 dark:border-stone-800">
            <h2 id="delete-heading" className="text-lg font-semibold">
              Delete
            </h2>
            <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">
              Deleting hides the statement from readers. Nothing is erased: it can be restored, with its history.
            </p>
            <RecordActionButton
              action={deleteStatementAction}
              id={statement.id}
              variant="danger"
              pendingLabel="Deleting…"
              statusId="delete-status"
            >
              Delete statement
            </RecordActionButton>
          </section>
        </>
      )}

      <RevisionHistory entries={history} labels={STATEMENT_LABELS} />
    </div>
  );
}
