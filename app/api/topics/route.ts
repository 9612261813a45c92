// GET /api/topics: every topic with its proposition and number of published statements.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { topicList } from "@/lib/api/queries";
import { originOf } from "@/lib/http/origin";

export function GET(request: Request): Promise<Response> {
  return apiHandler(() => topicList(originOf(request)));
}

export const OPTIONS = preflightResponse;
