// "Cite this" downloads of a topic view: /topics/<slug>/cite/txt | bib | json, `?speaker=` as on the page.
import { citationFormat, citationResponse } from "@/lib/citations/response";
import { topicCitation } from "@/lib/citations/queries";
import { jsonError, notFoundJson } from "@/lib/http/json-error";
import { originOf } from "@/lib/http/origin";

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; format: string }> }): Promise<Response> {
  const { slug, format: rawFormat } = await params;
  const format = citationFormat(rawFormat);
  if (!format) return jsonError(404, "not_found", "Citations come as txt, bib or json.");
  const speaker = new URL(request.url).searchParams.get("speaker");
  const work = SLUG.test(slug) ? await topicCitation(slug, speaker && SLUG.test(speaker) ? speaker : null, originOf(request)) : null;
  return work ? citationResponse(work, format) : notFoundJson("No such topic.");
}
