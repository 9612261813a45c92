// oEmbed endpoint for statement permalinks: /api/oembed?url=<permalink>&format=json[&maxwidth=&maxheight=].
// 400 for a malformed request, 404 for a URL that is not a visible statement of this site, 501
// for a format other than JSON, as the oEmbed specification asks.
import { oembedResponse, parseOembedRequest } from "@/lib/embed/oembed";
import { jsonError } from "@/lib/http/json-error";
import { requestedOriginOf } from "@/lib/http/origin";
import { findPublicStatement } from "@/lib/statements/queries";

export async function GET(request: Request): Promise<Response> {
  const origin = requestedOriginOf(request);
  const parsed = parseOembedRequest(new URL(request.url).searchParams, origin);
  if (!parsed.ok) {
    const code = parsed.status === 400 ? "invalid_parameter" : parsed.status === 404 ? "not_found" : "not_implemented";
    return jsonError(parsed.status, code, parsed.message);
  }
  const lookup = await findPublicStatement(parsed.statementId);
  if (lookup.state !== "found") return jsonError(404, "not_found", "No such statement.");
  const s = lookup.statement;
  const body = oembedResponse(
    { id: s.id, title: `${s.speaker.name}, ${s.dateLabel}`, speakerName: s.speaker.name, speakerSlug: s.speaker.slug },
    origin,
    parsed,
  );
  return Response.json(body, { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } });
}
