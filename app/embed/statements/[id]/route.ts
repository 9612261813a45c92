// The embeddable card of a statement, for other sites' iframes. A route handler, not a page: it
// carries none of the site's layout, and it alone may be framed (its own CSP).
import { embedCardHtml, embedNotFoundHtml, EMBED_CSP } from "@/lib/embed/card";
import { parseRecordId } from "@/lib/http/ids";
import { originOf } from "@/lib/http/origin";
import { findPublicStatement } from "@/lib/statements/queries";

const headers = (extra: Record<string, string> = {}) => ({
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": EMBED_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  ...extra,
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseRecordId((await params).id);
  const lookup = id === null ? null : await findPublicStatement(id);
  if (lookup?.state !== "found")
    return new Response(embedNotFoundHtml(), { status: 404, headers: headers({ "Cache-Control": "no-store" }) });
  return new Response(embedCardHtml(lookup.statement, originOf(request)), {
    headers: headers({ "Cache-Control": "public, max-age=300, must-revalidate" }),
  });
}
