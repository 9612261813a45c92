// Atom feed of one speaker's statements: /feeds/speakers/<slug>.atom
import { atomResponse, slugFromFeedSegment } from "@/lib/feeds/feeds";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = slugFromFeedSegment((await params).slug);
  return atomResponse(request, slug ? { kind: "speaker", slug } : null);
}
