// The timeline for readers, served from the page cache (see lib/cache/page-view.ts).
import type { Metadata } from "next";
import TimelinePage, { generateMetadata as timelineMetadata } from "@/app/page";
import { beginCachedRender, timelineTags } from "@/lib/cache/page-tags";

type Props = { params: Promise<{ view: string }> };

// Rendered on a reader's first request, then kept until a write changes what it shows.
export const dynamic = "force-static";
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await beginCachedRender((await params).view, timelineTags);
  return timelineMetadata({ searchParams: Promise.resolve(view.searchParams) });
}

export default async function CachedTimelinePage({ params }: Props) {
  const view = await beginCachedRender((await params).view, timelineTags);
  return <TimelinePage searchParams={Promise.resolve(view.searchParams)} />;
}
