// Atom feed of one topic's statements: /feeds/topics/<slug>.atom
import { atomResponse, slugFromFeedSegment } from "@/lib/feeds/feeds";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = slugFromFeedSegment((await params).slug);
  return atomResponse(request, slug ? { kind: "topic", slug } : null);
}
