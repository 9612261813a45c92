// "Cite this" downloads of a statement: /statements/<id>/cite/txt | bib | json (CSL-JSON).
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
  const work = id === null ? null : await statementCitation(id, originOf(request));
  return work ? citationResponse(work, format) : notFoundJson("No such statement.");
}
