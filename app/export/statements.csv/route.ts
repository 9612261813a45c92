// Export of the statements the timeline's filters match, as CSV, one row per statement.
import { exportResponse } from "@/lib/export/response";

export function GET(request: Request): Response {
  return exportResponse(request, "csv");
}
