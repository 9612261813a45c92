// GET /api/topics/{slug}/positions: each speaker's positions on the topic over time (occasions,
// changes by kind, the headline); ?speaker= for one speaker.
import { apiHandler, preflightResponse } from "@/lib/api/http";
import { topicPositions } from "@/lib/api/queries";
import { originOf } from "@/lib/http/origin";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return apiHandler(() => topicPositions(slug, new URL(request.url), originOf(request)));
}

export const OPTIONS = preflightResponse;
