import "server-only";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { exportEncoder, exportFilename, EXPORT_CONTENT_TYPE, type ExportFormat } from "./formats";
import { publicStatementBatches } from "./load";
import { streamBatches } from "./stream";
import { originOf } from "@/lib/http/origin";
import { groupEntries } from "@/lib/collections/dict";

/** The query parameters of a URL in the shape the timeline's filter parser takes. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string[]> {
  return groupEntries(params);
}

/**
 * The download behind the export links: every statement the view's filters match (the page
 * number is ignored), streamed batch by batch.
 */
export function exportResponse(request: Request, format: ExportFormat): Response {
  const url = new URL(request.url);
  const filters = parseTimelineFilters(searchParamsRecord(url.searchParams));
  const exportedAt = new Date();
  const origin = originOf(request);
  const body = streamBatches(publicStatementBatches(filters, origin), exportEncoder(format, { origin, filters, exportedAt }));
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${exportFilename(format, filters, exportedAt)}"`,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
