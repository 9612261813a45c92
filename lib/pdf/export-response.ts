// What the export route answers: the PDF as a download, or a clear message with the right status
// (an HTML page for a browser that followed the link, plain text for the button's fetch), never a
// broken file.
import type { TopicDossier } from "./dossier";
import { originOf } from "@/lib/http/origin";

const SLUG_SAFE = /[^a-z0-9-]+/g;

/** `<topic-slug>_<speaker-slug>_<YYYY-MM-DD>.pdf`, dated by the generation day (UTC). */
export function dossierFileName(dossier: Pick<TopicDossier, "topic" | "speaker" | "generatedAt">): string {
  const part = (value: string) =>
    value
      .toLowerCase()
      .replace(SLUG_SAFE, "-")
      .replace(/^-+|-+$/g, "") || "unnamed";
  return `${part(dossier.topic.slug)}_${part(dossier.speaker?.slug ?? "no-speaker")}_${dossier.generatedAt.slice(0, 10)}.pdf`;
}

/** The PDF as a download; `timings` (milliseconds) go out as Server-Timing for monitoring. */
export function pdfResponse(pdf: Uint8Array, fileName: string, timings: Record<string, number> = {}): Response {
  const serverTiming = Object.entries(timings)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(0)}`)
    .join(", ");
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      ...(serverTiming ? { "Server-Timing": serverTiming } : {}),
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A failure the reader can act on; `backTo` is the view the export was asked from. */
export function problemResponse(
  request: Request,
  status: number,
  message: string,
  { backTo, headers = {} }: { backTo: string | null; headers?: Record<string, string> },
): Response {
  const wantsHtml = (request.headers.get("accept") ?? "").includes("text/html");
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers };
  if (!wantsHtml) return new Response(message, { status, headers: { ...common, "Content-Type": "text/plain; charset=utf-8" } });
  const back = backTo ? `<p><a href="${escapeHtml(backTo)}">Back to the topic view</a></p>` : `<p><a href="/topics">All topics</a></p>`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PDF export: ${escapeHtml(status === 404 ? "not found" : "not available")}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1c1917}a{color:#1d4ed8}</style></head>
<body><h1>The PDF could not be made</h1><p>${escapeHtml(message)}</p>${back}</body></html>`;
  return new Response(html, { status, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}

/** Where links in the PDF point: PUBLIC_BASE_URL when set (behind a proxy), else the request's origin. */
export const publicBaseUrl = originOf;
