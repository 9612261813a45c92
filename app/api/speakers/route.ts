// GET /api/speakers: every speaker with aliases, roles over time and number of published statements.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { speakerList } from "@/lib/api/queries";
import { originOf } from "@/lib/http/origin";

export function GET(request: Request): Promise<Response> {
  return apiHandler(() => speakerList(originOf(request)));
}

export const OPTIONS = preflightResponse;
