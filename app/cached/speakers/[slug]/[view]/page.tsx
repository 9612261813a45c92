// A speaker's page for readers, served from the page cache (see lib/cache/page-view.ts).
import type { Metadata } from "next";
import SpeakerPage, { generateMetadata as speakerMetadata } from "@/app/speakers/[slug]/page";
import { beginCachedRender, speakerTags } from "@/lib/cache/page-tags";

type Props = { params: Promise<{ slug: string; view: string }> };

// Rendered on a reader's first request, then kept until a write changes what it shows.
export const dynamic = "force-static";
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, view } = await params;
  await beginCachedRender(view, () => speakerTags(slug));
  return speakerMetadata({ params: Promise.resolve({ slug }) });
}

export default async function CachedSpeakerPage({ params }: Props) {
  const { slug, view } = await params;
  await beginCachedRender(view, () => speakerTags(slug));
  return <SpeakerPage params={Promise.resolve({ slug })} />;
}
