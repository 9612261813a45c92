// GET /topics/<slug>/export.pdf?<the topic view's filters>: the view as a PDF dossier. The data is
// read here; the PDF is laid out in a worker thread, so other requests are served meanwhile.
import { groupEntries } from "@/lib/collections/dict";
import { buildTopicDossier, DossierTooLargeError } from "@/lib/pdf/build-dossier";
import { dossierFileName, pdfResponse, problemResponse, publicBaseUrl } from "@/lib/pdf/export-response";
import { PdfBusyError } from "@/lib/pdf/render-pool";
import { renderDossierOffThread } from "@/lib/pdf/renderer";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { resolveAsOf } from "@/lib/as-of/queries";
import { buildTopicDossierAsOf } from "@/lib/as-of/topic";
import { findTopic } from "@/lib/topics/positions";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const filters = parseTimelineFilters(groupEntries(url.searchParams));
  const view = `/topics/${encodeURIComponent(slug.toWellFormed())}${url.search}`;

  // `asOf`: the view as it stood on a past day, which the PDF says at its head.
  const asOf = await resolveAsOf(groupEntries(url.searchParams));
  if (asOf.kind === "invalid") return problemResponse(request, 400, `${asOf.message} Nothing was exported.`, { backTo: view });

  const started = performance.now();
  let dossier;
  try {
    if (asOf.kind === "past") {
      const topic = await findTopic(slug);
      dossier = topic ? await buildTopicDossierAsOf(topic, filters, asOf.day, { baseUrl: publicBaseUrl(request) }) : null;
    } else dossier = await buildTopicDossier(filters, slug, { baseUrl: publicBaseUrl(request) });
  } catch (error) {
    if (error instanceof DossierTooLargeError) {
      return problemResponse(request, 422, `${error.message} Narrow the view, for example with a date range, and export again.`, {
        backTo: view,
      });
    }
    console.error("PDF export: reading the view failed", error);
    return problemResponse(request, 500, "The PDF could not be made because the data could not be read. Please try again in a moment.", {
      backTo: view,
    });
  }
  if (!dossier) return problemResponse(request, 404, "There is no topic at this address, so there is nothing to export.", { backTo: null });

  const read = performance.now();
  try {
    const { pdf, ms } = await renderDossierOffThread(dossier);
    return pdfResponse(pdf, dossierFileName(dossier), { data: read - started, queue: performance.now() - read - ms, render: ms });
  } catch (error) {
    if (error instanceof PdfBusyError) {
      return problemResponse(
        request,
        503,
        `The server is busy making other PDFs. Please try again in ${error.retryAfterSeconds} seconds.`,
        {
          backTo: view,
          headers: { "Retry-After": String(error.retryAfterSeconds) },
        },
      );
    }
    console.error("PDF export: rendering failed", error);
    return problemResponse(
      request,
      500,
      "The PDF could not be made because of an error on the server. Please try again; if it keeps failing, tell the site's editors.",
      {
        backTo: view,
      },
    );
  }
}
