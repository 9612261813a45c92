// GET /api/statements/{id}: one published statement; 404 for unknown ids and drafts, 410 once deleted.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { statementById } from "@/lib/api/queries";
import { originOf } from "@/lib/http/origin";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return apiHandler(() => statementById(id, originOf(request)));
}

export const OPTIONS = preflightResponse;
