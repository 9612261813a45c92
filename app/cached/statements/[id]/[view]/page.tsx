// A statement's permalink for readers, served from the page cache (see lib/cache/page-view.ts).
import type { Metadata } from "next";
import StatementPage, { generateMetadata as statementMetadata } from "@/app/statements/[id]/page";
import { beginCachedRender, statementTags } from "@/lib/cache/page-tags";
import { recordIdOrNotFound } from "@/lib/http/ids";

type Props = { params: Promise<{ id: string; view: string }> };

// Rendered on a reader's first request, then kept until a write changes what it shows.
export const dynamic = "force-static";
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, view: key } = await params;
  const view = await beginCachedRender(key, () => statementTags(recordIdOrNotFound(id)));
  return statementMetadata({ params: Promise.resolve({ id }), searchParams: Promise.resolve(view.searchParams) });
}

export default async function CachedStatementPage({ params }: Props) {
  const { id, view: key } = await params;
  const view = await beginCachedRender(key, () => statementTags(recordIdOrNotFound(id)));
  return <StatementPage params={Promise.resolve({ id })} searchParams={Promise.resolve(view.searchParams)} />;
}
