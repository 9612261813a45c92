import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, noticeParam, routeId, savedNotice } from "@/components/manage-page";
import { DeletedBanner, DeleteSection } from "@/components/record-lifecycle";
import { RevisionHistory } from "@/components/revision-history";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { getPersonForEdit } from "@/lib/people/queries";
import { listRevisions } from "@/lib/revisions/queries";
import { deletePersonAction, restorePersonAction, updatePersonAction } from "../../actions";
import { PERSON_LABELS } from "../../labels";
import { PersonForm } from "../../person-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPersonForEdit(routeId((await params).id));
  return { title: person ? `Edit ${person.name}` : "Speaker not found" };
}

export default async function EditSpeakerPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await authorizePage(STAFF, `/manage/speakers/${rawId}/edit`);
  const person = await getPersonForEdit(routeId(rawId));
  if (!person) notFound();
  const [history, query] = await Promise.all([listRevisions("Person", person.id), searchParams]);
  const published = person.publishedStatements;

  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/speakers">Speakers</BackLink>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">
        {person.deletedAt ? person.name : `Edit ${person.name}`}
      </h1>
      {person.deletedAt ? (
        <DeletedBanner what="speaker" id={person.id} action={restorePersonAction} />
      ) : (
        <>
          <PersonForm
            key={person.version}
            notice={savedNotice(noticeParam(query, "saved"), "Speaker")}
            action={updatePersonAction}
            person={person}
            today={today()}
          />
          <DeleteSection
            what="speaker"
            id={person.id}
            action={deletePersonAction}
            blockedReason={
              published > 0
                ? `This speaker is named by ${published} published ${published === 1 ? "statement" : "statements"}, so it cannot be deleted. Move those statements to another speaker or unpublish them first.`
                : null
            }
          />
        </>
      )}
      <RevisionHistory entries={history} labels={PERSON_LABELS} />
    </div>
  );
}
