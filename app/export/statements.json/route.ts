// Export of the statements the timeline's filters match, as JSON, one nested record per statement.
import { exportResponse } from "@/lib/export/response";

export function GET(request: Request): Response {
  return exportResponse(request, "json");
}
