// Export of the statements the timeline's filters match, as schema.org ClaimReview (JSON-LD) for the claims with a verdict.
import { exportResponse } from "@/lib/export/response";

export function GET(request: Request): Response {
  return exportResponse(request, "jsonld");
}
