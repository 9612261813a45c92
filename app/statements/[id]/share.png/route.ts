// The statement's share image (Open Graph / Twitter card), 1200×630 PNG. Drafts and deleted
// statements have none: 404.
import { parseRecordId } from "@/lib/http/ids";
import { renderShareImage, shareImageResponse } from "@/lib/share/image";
import { statementShareCard } from "@/lib/share/cards";
import { notFoundJson } from "@/lib/http/json-error";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseRecordId((await params).id);
  const card = id === null ? null : await statementShareCard(id);
  if (!card) return notFoundJson("No such statement.");
  return shareImageResponse(await renderShareImage(card));
}
