// A topic view's share image: the shown speaker's latest statement on the topic, 1200×630 PNG.
// `?speaker=` picks the speaker as the topic page does.
import { notFoundJson } from "@/lib/http/json-error";
import { topicShareCard } from "@/lib/share/cards";
import { renderShareImage, shareImageResponse } from "@/lib/share/image";

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = (await params).slug;
  const speaker = new URL(request.url).searchParams.get("speaker");
  const card = SLUG.test(slug) ? await topicShareCard(slug, speaker && SLUG.test(speaker) ? speaker : null) : null;
  if (!card) return notFoundJson("No such topic, or nothing published on it.");
  return shareImageResponse(await renderShareImage(card));
}
