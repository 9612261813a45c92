import type { Metadata } from "next";
import { BackLink } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { createTopicAction } from "../actions";
import { TopicForm } from "../topic-form";

export const metadata: Metadata = { title: "New topic" };

export default async function NewTopicPage() {
  await authorizePage(STAFF, "/manage/topics/new");
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/topics">Topics</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New topic</h1>
      <TopicForm action={createTopicAction} />
    </div>
  );
}
