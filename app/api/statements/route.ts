// GET /api/statements: published statements with the timeline's filters, paged by cursor.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { statementPage } from "@/lib/api/queries";

export function GET(request: Request): Promise<Response> {
  return apiHandler(() => statementPage(new URL(request.url)));
}

export const OPTIONS = preflightResponse;
