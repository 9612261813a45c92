// GET /api/openapi.json: the OpenAPI 3.1 description of the read API.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export function GET(): Promise<Response> {
  return apiHandler(async () => openApiDocument());
}

export const OPTIONS = preflightResponse;
