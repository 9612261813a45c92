// A topic's page for readers, served from the page cache (see lib/cache/page-view.ts).
import type { Metadata } from "next";
import TopicPage, { generateMetadata as topicMetadata } from "@/app/topics/[slug]/page";
import { beginCachedRender, topicTags } from "@/lib/cache/page-tags";

type Props = { params: Promise<{ slug: string; view: string }> };

// Rendered on a reader's first request, then kept until a write changes what it shows.
export const dynamic = "force-static";
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, view: key } = await params;
  const view = await beginCachedRender(key, () => topicTags(slug));
  return topicMetadata({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(view.searchParams) });
}

export default async function CachedTopicPage({ params }: Props) {
  const { slug, view: key } = await params;
  const view = await beginCachedRender(key, () => topicTags(slug));
  return <TopicPage params={Promise.resolve({ slug })} searchParams={Promise.resolve(view.searchParams)} />;
}
