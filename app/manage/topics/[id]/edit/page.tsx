import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, noticeParam, routeId, savedNotice } from "@/components/manage-page";
import { DeletedBanner, DeleteSection } from "@/components/record-lifecycle";
import { RevisionHistory } from "@/components/revision-history";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { listRevisions } from "@/lib/revisions/queries";
import { getTopicForEdit } from "@/lib/topics/queries";
import { deleteTopicAction, restoreTopicAction, updateTopicAction } from "../../actions";
import { TOPIC_LABELS } from "../../labels";
import { TopicForm } from "../../topic-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicForEdit(routeId((await params).id));
  return { title: topic ? `Edit ${topic.name}` : "Topic not found" };
}

export default async function EditTopicPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await authorizePage(STAFF, `/manage/topics/${rawId}/edit`);
  const topic = await getTopicForEdit(routeId(rawId));
  if (!topic) notFound();
  const [history, query] = await Promise.all([listRevisions("Topic", topic.id), searchParams]);
  const published = topic.publishedStatements;

  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/topics">Topics</BackLink>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">
        {topic.deletedAt ? topic.name : `Edit ${topic.name}`}
      </h1>
      {topic.deletedAt ? (
        <DeletedBanner what="topic" id={topic.id} action={restoreTopicAction} />
      ) : (
        <>
          <TopicForm
            key={topic.version}
            notice={savedNotice(noticeParam(query, "saved"), "Topic")}
            action={updateTopicAction}
            topic={topic}
          />
          <DeleteSection
            what="topic"
            id={topic.id}
            action={deleteTopicAction}
            blockedReason={
              published > 0
                ? `This topic has stances on ${published} published ${published === 1 ? "statement" : "statements"}, so it cannot be deleted. Remove the topic from those statements or unpublish them first.`
                : null
            }
          />
        </>
      )}
      <RevisionHistory entries={history} labels={TOPIC_LABELS} />
    </div>
  );
}
