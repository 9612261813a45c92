// Atom feed of the most recently added or changed published statements.
import { atomResponse } from "@/lib/feeds/feeds";

export function GET(request: Request): Promise<Response> {
  return atomResponse(request, { kind: "all" });
}
