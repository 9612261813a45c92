import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/forms/fields";
import { ManageHeader } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { formatInterval } from "@/lib/dates/precision";
import { importedStatements } from "../directory";

export const metadata: Metadata = { title: "Import saved" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const positive = (raw: string | string[] | undefined, max: number) => {
  const value = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  return Math.min(value, max);
};

export default async function ImportSavedPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/import/saved");
  const params = await searchParams;
  const saved = await importedStatements(positive(params.source, 1e9), positive(params.count, 500));
  const count = saved?.statements.length ?? 0;
  return (
    <div className="max-w-3xl space-y-6">
      <ManageHeader
        title="Import saved"
        description="The statements you accepted are stored, each linked to the source with its quote's place in the text."
      />
      <div role="status" aria-live="polite">
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          {saved ? `Saved ${count} ${count === 1 ? "statement" : "statements"} from “${saved.title}”.` : "The import was saved."}
        </p>
      </div>
      {saved && count > 0 ? (
        <ul className="space-y-3">
          {saved.statements.map((statement) => (
            <li key={statement.id} className="rounded-md border border-stone-200 p-3 dark:border-stone-700">
              <p className="break-words">
                <Link href={`/statements/${statement.id}`} className="text-link">
                  {statement.kind === "QUOTE" ? `“${statement.text}”` : statement.text}
                </Link>
              </p>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {statement.speaker}, {formatInterval(statement.date)} · {statement.status === "DRAFT" ? "draft" : "published"}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href="/manage/import" className={buttonClass.primary}>
          Import another text
        </Link>
        <Link href="/manage/statements?status=draft" className={buttonClass.secondary}>
          Drafts
        </Link>
      </div>
    </div>
  );
}
