import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, noticeParam, routeId, savedNotice } from "@/components/manage-page";
import { DeletedBanner, DeleteSection } from "@/components/record-lifecycle";
import { RevisionHistory } from "@/components/revision-history";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { listRevisions } from "@/lib/revisions/queries";
import { getSourceForEdit } from "@/lib/sources/queries";
import { deleteSourceAction, restoreSourceAction, updateSourceAction } from "../../actions";
import { SOURCE_LABELS } from "../../labels";
import { SourceForm } from "../../source-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceForEdit(routeId((await params).id));
  return { title: source ? `Edit ${source.title}` : "Source not found" };
}

export default async function EditSourcePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await authorizePage(STAFF, `/manage/sources/${rawId}/edit`);
  const source = await getSourceForEdit(routeId(rawId));
  if (!source) notFound();
  const [history, query] = await Promise.all([listRevisions("Source", source.id), searchParams]);
  const published = source.publishedStatements;

  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/sources">Sources</BackLink>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">
        {source.deletedAt ? source.title : `Edit ${source.title}`}
      </h1>
      {source.deletedAt ? (
        <DeletedBanner what="source" id={source.id} action={restoreSourceAction} />
      ) : (
        <>
          <SourceForm
            key={source.version}
            notice={savedNotice(noticeParam(query, "saved"), "Source")}
            action={updateSourceAction}
            source={source}
            today={today()}
          />
          <DeleteSection
            what="source"
            id={source.id}
            action={deleteSourceAction}
            blockedReason={
              published > 0
                ? `This source is cited by ${published} published ${published === 1 ? "statement" : "statements"}, so it cannot be deleted. Replace it on those statements or unpublish them first.`
                : null
            }
          />
        </>
      )}
      <RevisionHistory entries={history} labels={SOURCE_LABELS} />
    </div>
  );
}
