// "Cite this" downloads of a statement: /statements/<id>/cite/txt | bib | json (CSL-JSON), of
// today's record or, with `?asOf=YYYY-MM-DD`, of the record as it stood at the end of that day.
import { citedStatementAsOf } from "@/lib/as-of/cite";
import { datasetRevisionAsOf, resolveAsOf, statementAsOf } from "@/lib/as-of/queries";
import { citationFormat, citationResponse } from "@/lib/citations/response";
import { statementCitation } from "@/lib/citations/queries";
import { parseRecordId } from "@/lib/http/ids";
import { jsonError, notFoundJson } from "@/lib/http/json-error";
import { originOf } from "@/lib/http/origin";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }): Promise<Response> {
  const { id: rawId, format: rawFormat } = await params;
  const format = citationFormat(rawFormat);
  if (!format) return jsonError(404, "not_found", "Citations come as txt, bib or json.");
  const id = parseRecordId(rawId);
  if (id === null) return notFoundJson("No such statement.");
  const asOf = await resolveAsOf(Object.fromEntries(new URL(request.url).searchParams));
  if (asOf.kind === "invalid") return jsonError(400, "invalid_as_of", asOf.message);
  if (asOf.kind === "past") {
    const [lookup, revision] = await Promise.all([statementAsOf(id, asOf.day), datasetRevisionAsOf(asOf.day)]);
    return lookup.state === "found"
      ? citationResponse(citedStatementAsOf(lookup.statement, originOf(request), revision, asOf.day), format)
      : notFoundJson(`This statement was not published on ${asOf.day}.`);
  }
  const work = await statementCitation(id, originOf(request));
  return work ? citationResponse(work, format) : notFoundJson("No such statement.");
}
